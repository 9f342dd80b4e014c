// Upserts customer accounts by id with their tenant, billing country and (when given) organization, replacing
// previous links. $rows: [{id, name, tenantId, country, domain?, organizationId?}]; an absent value removes it.
UNWIND $rows AS row
MERGE (c:Customer {id: row.id})
SET c.name = row.name, c.domain = row.domain
WITH c, row
MATCH (tenant:Tenant {id: row.tenantId})
MATCH (country:Country {code: row.country})
OPTIONAL MATCH (organization:Organization {id: row.organizationId})
WITH c, row, tenant, country, organization
WHERE row.organizationId IS NULL OR organization IS NOT NULL
CALL (c, tenant) {
  OPTIONAL MATCH (c)-[old:ON_TENANT]->(other) WHERE other <> tenant
  DELETE old
}
MERGE (c)-[:ON_TENANT]->(tenant)
WITH *
CALL (c, country) {
  OPTIONAL MATCH (c)-[old:IN_COUNTRY]->(other) WHERE other <> country
  DELETE old
}
MERGE (c)-[:IN_COUNTRY]->(country)
WITH *
CALL (c, organization) {
  OPTIONAL MATCH (c)-[old:ACCOUNT_OF]->(other) WHERE organization IS NULL OR other <> organization
  DELETE old
}
FOREACH (_ IN CASE WHEN organization IS NULL THEN [] ELSE [1] END | MERGE (c)-[:ACCOUNT_OF]->(organization))
RETURN count(*) AS written
