// Undo: the keys of the organizations one journaled batch created, found by its tag. $batch.
MATCH (o:Organization)
WHERE o.importBatch = $batch
RETURN o.id AS key
