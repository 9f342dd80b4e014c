// Undo: the keys of the partner accounts one journaled batch created, found by its tag. $batch.
MATCH (p:Partner)
WHERE p.importBatch = $batch
RETURN p.id AS key
