// Upserts partner accounts by id: properties, one label per role held (and none for roles dropped), and the links
// to their organization, CSP tenant and country (replacing previous ones). An absent optional value removes it.
// $rows: [{id, mpnId, name, organizationId, tenantId, country, roles, status?, mpaSignedOn?, onboardedOn?,
// enrolledOn?}]; roles are the names of server/model/graph-model.ts PARTNER_ROLES, labels its ROLE_LABELS.
UNWIND $rows AS row
MERGE (p:Partner {id: row.id})
SET p.mpnId = row.mpnId, p.name = row.name, p.status = row.status, p.mpaSignedOn = date(row.mpaSignedOn),
    p.onboardedOn = date(row.onboardedOn), p.enrolledOn = date(row.enrolledOn)
FOREACH (_ IN CASE WHEN 'indirect-provider' IN row.roles THEN [1] ELSE [] END | SET p:IndirectProvider)
FOREACH (_ IN CASE WHEN 'indirect-provider' IN row.roles THEN [] ELSE [1] END | REMOVE p:IndirectProvider)
FOREACH (_ IN CASE WHEN 'indirect-reseller' IN row.roles THEN [1] ELSE [] END | SET p:IndirectReseller)
FOREACH (_ IN CASE WHEN 'indirect-reseller' IN row.roles THEN [] ELSE [1] END | REMOVE p:IndirectReseller)
FOREACH (_ IN CASE WHEN 'direct-bill' IN row.roles THEN [1] ELSE [] END | SET p:DirectBill)
FOREACH (_ IN CASE WHEN 'direct-bill' IN row.roles THEN [] ELSE [1] END | REMOVE p:DirectBill)
WITH p, row
MATCH (organization:Organization {id: row.organizationId})
MATCH (tenant:Tenant {id: row.tenantId})
MATCH (country:Country {code: row.country})
CALL (p, organization) {
  OPTIONAL MATCH (p)-[old:ACCOUNT_OF]->(other) WHERE other <> organization
  DELETE old
}
MERGE (p)-[:ACCOUNT_OF]->(organization)
WITH *
CALL (p, tenant) {
  OPTIONAL MATCH (p)-[old:USES_TENANT]->(other) WHERE other <> tenant
  DELETE old
}
MERGE (p)-[:USES_TENANT]->(tenant)
WITH *
CALL (p, country) {
  OPTIONAL MATCH (p)-[old:IN_COUNTRY]->(other) WHERE other <> country
  DELETE old
}
MERGE (p)-[:IN_COUNTRY]->(country)
RETURN count(*) AS written
