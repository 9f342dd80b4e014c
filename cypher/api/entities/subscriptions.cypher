// Subscriptions by id, with the ids of their customer, billing partner, reseller of record and tenant. $ids
UNWIND $ids AS id
MATCH (s:Subscription {id: id})
WHERE IN_SCOPE(s:Subscription)
OPTIONAL MATCH (s)-[:FOR]->(cu:Customer)
OPTIONAL MATCH (s)-[:BILLED_BY]->(billedBy:Partner)
OPTIONAL MATCH (s)-[:RESELLER_OF_RECORD]->(reseller:Partner)
OPTIONAL MATCH (s)-[:PROVISIONED_ON]->(t:Tenant)
OPTIONAL MATCH (t)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)
RETURN 'Subscription' AS kind, s.id AS id, s.offerId AS offerId, s.offerName AS offerName, s.createdOn AS createdOn,
       s.status AS status, s.billingType AS billingType, cu.id AS customerId, billedBy.id AS billedById,
       reseller.id AS resellerOfRecordId, t.id AS tenantId, t.cloud AS cloud, r.name AS region
