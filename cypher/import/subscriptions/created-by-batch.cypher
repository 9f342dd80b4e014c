// Undo: the keys of the subscriptions one journaled batch created, found by its tag. $batch.
MATCH (s:Subscription)
WHERE s.importBatch = $batch
RETURN s.id AS key
