// Customer accounts by id, with their tenant (whose country decides their region), billing country and organization.
// $ids
UNWIND $ids AS id
MATCH (cu:Customer {id: id})
WHERE IN_SCOPE(cu:Customer)
OPTIONAL MATCH (cu)-[:ON_TENANT]->(t:Tenant)
OPTIONAL MATCH (t)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)
OPTIONAL MATCH (cu)-[:IN_COUNTRY]->(c:Country)
OPTIONAL MATCH (cu)-[:ACCOUNT_OF]->(o:Organization)
RETURN 'Customer' AS kind, cu.id AS id, cu.name AS name, cu.domain AS domain, t.id AS tenantId, t.cloud AS cloud,
       r.name AS region, c.code AS countryCode, o.id AS organizationId
