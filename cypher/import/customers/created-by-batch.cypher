// Undo: the keys of the customer accounts one journaled batch created, found by its tag. $batch.
MATCH (c:Customer)
WHERE c.importBatch = $batch
RETURN c.id AS key
