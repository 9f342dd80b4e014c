// The nodes `./csp db clear` deletes that have more than $dense relationships (a distributor's node has hundreds of
// thousands): their relationships are deleted in bounded batches first (dense-relationships-delete.cypher), so that
// no batch of nodes carries millions of relationships into one transaction. Element ids.
MATCH (n)
WHERE NOT (n:Country OR n:Region OR n:RegionTable OR n:SchemaMigration) AND COUNT { (n)--() } > $dense
RETURN elementId(n) AS id
