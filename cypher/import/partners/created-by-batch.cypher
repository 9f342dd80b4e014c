// Undo: the keys of the partner accounts one journaled batch created, found by its tag. $tag.
MATCH (p:Partner)
WHERE p.importBatch = $tag
RETURN p.id AS key
