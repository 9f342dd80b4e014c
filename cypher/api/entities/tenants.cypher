// Tenants by id, with their country and region. $ids
UNWIND $ids AS id
MATCH (t:Tenant {id: id})
WHERE IN_SCOPE(t:Tenant)
OPTIONAL MATCH (t)-[:IN_COUNTRY]->(c:Country)
OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
RETURN 'Tenant' AS kind, t.id AS id, t.kind AS tenantKind, coalesce(t.cloud, 'commercial') AS cloud,
       c.code AS countryCode, r.name AS region
