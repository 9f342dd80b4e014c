// The labels of one node that a bulk load would replace: anything but the schema bookkeeping and the region table.
// Stops at the first such node, so a full store answers at once. No parameters.
MATCH (n)
WHERE NOT (n:SchemaMigration OR n:RegionTable OR n:Country OR n:Region)
RETURN labels(n) AS labels
LIMIT 1
