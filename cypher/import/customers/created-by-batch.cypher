// Undo: the keys of the customer accounts one journaled batch created, found by its tag. $tag.
MATCH (c:Customer)
WHERE c.importBatch = $tag
RETURN c.id AS key
