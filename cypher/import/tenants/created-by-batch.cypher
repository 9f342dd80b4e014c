// Undo: the keys of the tenants one journaled batch created, found by its tag. $batch.
MATCH (t:Tenant)
WHERE t.importBatch = $batch
RETURN t.id AS key
