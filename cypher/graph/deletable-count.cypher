// How many nodes `./csp db clear` deletes: all but the region table, its countries and regions and the migration
// log; each count from Neo4j's count store (no scan), so it can be read while a clear runs. No parameters.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (n:Country) RETURN count(n) AS countries }
CALL () { MATCH (n:Region) RETURN count(n) AS regions }
CALL () { MATCH (n:RegionTable) RETURN count(n) AS tables }
CALL () { MATCH (n:SchemaMigration) RETURN count(n) AS migrations }
RETURN nodes - countries - regions - tables - migrations AS deletable
