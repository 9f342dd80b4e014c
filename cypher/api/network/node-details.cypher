// What the explorer draws for each node (element ids): kind, name, roles, and the country, region and cloud that
// apply to it. A partner's market is its own country; a customer's, tenant's or subscription's is its tenant's. $ids
UNWIND $ids AS eid
MATCH (n) WHERE elementId(n) = eid
WITH n, CASE WHEN n:Organization THEN 'Organization' WHEN n:Partner THEN 'Partner' WHEN n:Tenant THEN 'Tenant'
             WHEN n:Customer THEN 'Customer' ELSE 'Subscription' END AS kind
CALL (n) {
  OPTIONAL MATCH (n)-[:USES_TENANT|ON_TENANT|PROVISIONED_ON]->(t:Tenant)
  RETURN t LIMIT 1
}
WITH n, kind, CASE WHEN kind = 'Tenant' THEN n ELSE t END AS tenant
WITH n, kind, tenant, CASE WHEN kind = 'Partner' THEN n ELSE tenant END AS place
OPTIONAL MATCH (place)-[:IN_COUNTRY]->(c:Country)
OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
RETURN elementId(n) AS elementId, kind, n.id AS id, coalesce(n.name, n.offerName, n.id) AS name,
       [role IN [CASE WHEN n:IndirectProvider THEN 'indirect-provider' END,
                 CASE WHEN n:IndirectReseller THEN 'indirect-reseller' END,
                 CASE WHEN n:DirectBill THEN 'direct-bill' END] WHERE role IS NOT NULL] AS roles,
       coalesce(c.code, n.country) AS country, r.name AS region, tenant.cloud AS cloud
