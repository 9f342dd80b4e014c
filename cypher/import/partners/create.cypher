// Creates partner accounts that are not in the graph yet: properties, one label per role held, and the links to
// their organization, CSP tenant and country. $batch.rows: [{id, mpnId, name, organizationId, tenantId, country, roles,
// status?, mpaSignedOn?, onboardedOn?, enrolledOn?}]; roles are the names of server/model/graph-model.ts
// PARTNER_ROLES, labels its ROLE_LABELS.
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
MATCH (organization:Organization {id: row.organizationId})
USING INDEX SEEK organization:Organization(id)
MATCH (tenant:Tenant {id: row.tenantId})
USING INDEX SEEK tenant:Tenant(id)
MATCH (country:Country {code: row.country})
USING INDEX SEEK country:Country(code)
CREATE (p:Partner {
  id: row.id, mpnId: row.mpnId, name: row.name, status: row.status, mpaSignedOn: date(row.mpaSignedOn),
  onboardedOn: date(row.onboardedOn), enrolledOn: date(row.enrolledOn), changedAt: datetime(), importBatch: $tag
})
FOREACH (_ IN CASE WHEN 'indirect-provider' IN row.roles THEN [1] ELSE [] END | SET p:IndirectProvider)
FOREACH (_ IN CASE WHEN 'indirect-reseller' IN row.roles THEN [1] ELSE [] END | SET p:IndirectReseller)
FOREACH (_ IN CASE WHEN 'direct-bill' IN row.roles THEN [1] ELSE [] END | SET p:DirectBill)
CREATE (p)-[:ACCOUNT_OF]->(organization), (p)-[:USES_TENANT]->(tenant), (p)-[:IN_COUNTRY]->(country)
RETURN count(*) AS written
