// Deletes up to $limit nodes with their relationships, all but the region table, its countries and regions and the
// migration log; returns how many it deleted. `./csp db clear` runs it, one transaction at a time, until none is
// left, once the dense nodes have lost their relationships (dense-nodes.cypher): a bounded batch keeps each
// transaction small, where one statement over the whole graph held millions of rows in memory and ran out of heap.
MATCH (n)
WHERE NOT (n:Country OR n:Region OR n:RegionTable OR n:SchemaMigration)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
