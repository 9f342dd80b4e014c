// Rewrites tenants already in the graph and moves their country link when it changed. $batch.rows: as create.cypher.
UNWIND $batch.rows AS row
MATCH (t:Tenant {id: row.id})
USING INDEX SEEK t:Tenant(id)
MATCH (country:Country {code: row.country})
USING INDEX SEEK country:Country(code)
SET t.kind = row.kind, t.cloud = row.cloud, t.changedAt = datetime()
WITH t, country
CALL (t, country) {
  MATCH (t)-[old:IN_COUNTRY]->(other) WHERE other <> country
  DELETE old
}
MERGE (t)-[:IN_COUNTRY]->(country)
RETURN count(*) AS written
