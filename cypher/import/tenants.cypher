// Upserts tenants by id and links each to its country (replacing a previous one). $rows: [{id, country, kind, cloud}].
UNWIND $rows AS row
MERGE (t:Tenant {id: row.id})
SET t.kind = row.kind, t.cloud = row.cloud
WITH t, row
MATCH (country:Country {code: row.country})
CALL (t, country) {
  OPTIONAL MATCH (t)-[old:IN_COUNTRY]->(other) WHERE other <> country
  DELETE old
}
MERGE (t)-[:IN_COUNTRY]->(country)
RETURN count(*) AS written
