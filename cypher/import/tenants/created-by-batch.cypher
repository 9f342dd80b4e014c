// Undo: the keys of the tenants one journaled batch created, found by its tag. $tag.
MATCH (t:Tenant)
WHERE t.importBatch = $tag
RETURN t.id AS key
