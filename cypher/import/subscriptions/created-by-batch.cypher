// Undo: the keys of the subscriptions one journaled batch created, found by its tag. $tag.
MATCH (s:Subscription)
WHERE s.importBatch = $tag
RETURN s.id AS key
