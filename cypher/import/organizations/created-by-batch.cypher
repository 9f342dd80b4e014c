// Undo: the keys of the organizations one journaled batch created, found by its tag. $tag.
MATCH (o:Organization)
WHERE o.importBatch = $tag
RETURN o.id AS key
