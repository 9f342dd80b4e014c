// Creates customer accounts that are not in the graph yet, with their tenant, billing country and (when given)
// organization. $batch.rows: [{id, name, tenantId, country, domain?, organizationId?}].
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
MATCH (tenant:Tenant {id: row.tenantId})
USING INDEX SEEK tenant:Tenant(id)
MATCH (country:Country {code: row.country})
USING INDEX SEEK country:Country(code)
OPTIONAL MATCH (organization:Organization {id: row.organizationId})
USING INDEX SEEK organization:Organization(id)
WITH row, tenant, country, organization
WHERE row.organizationId IS NULL OR organization IS NOT NULL
CREATE (c:Customer {id: row.id, name: row.name, domain: row.domain, changedAt: datetime(), importBatch: $tag})
CREATE (c)-[:ON_TENANT]->(tenant), (c)-[:IN_COUNTRY]->(country)
FOREACH (_ IN CASE WHEN organization IS NULL THEN [] ELSE [1] END | CREATE (c)-[:ACCOUNT_OF]->(organization))
RETURN count(*) AS written
