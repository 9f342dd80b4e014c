// Partner accounts by id, with the ids of their organization, CSP tenant, country and region. $ids
UNWIND $ids AS id
MATCH (p:Partner {id: id})
WHERE IN_SCOPE(p:Partner)
OPTIONAL MATCH (p)-[:ACCOUNT_OF]->(o:Organization)
OPTIONAL MATCH (p)-[:USES_TENANT]->(t:Tenant)
OPTIONAL MATCH (p)-[:IN_COUNTRY]->(c:Country)
OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
// Roles are labels (docs/model.md); their names are server/model/graph-model.ts PARTNER_ROLES.
RETURN 'Partner' AS kind, p.id AS id, p.mpnId AS mpnId, p.name AS name, p.status AS status,
       p.mpaSignedOn AS mpaSignedOn, p.onboardedOn AS onboardedOn, p.enrolledOn AS enrolledOn,
       [role IN [CASE WHEN p:IndirectProvider THEN 'indirect-provider' END,
                 CASE WHEN p:IndirectReseller THEN 'indirect-reseller' END,
                 CASE WHEN p:DirectBill THEN 'direct-bill' END] WHERE role IS NOT NULL] AS roles,
       o.id AS organizationId, t.id AS tenantId, t.cloud AS cloud, c.code AS countryCode, r.name AS region
