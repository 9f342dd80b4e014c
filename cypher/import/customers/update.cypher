// Rewrites customer accounts already in the graph: properties (an absent value removes it) and the tenant, country
// and organization links when they changed (an absent organizationId removes the link). $batch.rows: as create.cypher.
UNWIND $batch.rows AS row
MATCH (c:Customer {id: row.id})
USING INDEX SEEK c:Customer(id)
MATCH (tenant:Tenant {id: row.tenantId})
USING INDEX SEEK tenant:Tenant(id)
MATCH (country:Country {code: row.country})
USING INDEX SEEK country:Country(code)
OPTIONAL MATCH (organization:Organization {id: row.organizationId})
USING INDEX SEEK organization:Organization(id)
WITH row, c, tenant, country, organization
WHERE row.organizationId IS NULL OR organization IS NOT NULL
SET c.name = row.name, c.domain = row.domain, c.changedAt = datetime()
WITH c, tenant, country, organization
CALL (c, tenant, country, organization) {
  MATCH (c)-[old:ON_TENANT|IN_COUNTRY|ACCOUNT_OF]->(other)
  WHERE (type(old) = 'ON_TENANT' AND other <> tenant) OR (type(old) = 'IN_COUNTRY' AND other <> country)
     OR (type(old) = 'ACCOUNT_OF' AND (organization IS NULL OR other <> organization))
  FOREACH (_ IN CASE WHEN other:Country THEN [] ELSE [1] END | SET other.changedAt = datetime())
  DELETE old
}
MERGE (c)-[:ON_TENANT]->(tenant)
MERGE (c)-[:IN_COUNTRY]->(country)
FOREACH (_ IN CASE WHEN organization IS NULL THEN [] ELSE [1] END | MERGE (c)-[:ACCOUNT_OF]->(organization))
RETURN count(*) AS written
