// Upserts subscriptions by id with their customer, billing partner, tenant and (when given) reseller of record,
// replacing previous links. $rows: [{id, customerId, billedById, tenantId, createdOn, status, resellerOfRecordId?,
// offerId?, offerName?, billingType?}]; an absent value removes it.
UNWIND $rows AS row
MERGE (s:Subscription {id: row.id})
SET s.createdOn = date(row.createdOn), s.status = row.status, s.offerId = row.offerId, s.offerName = row.offerName,
    s.billingType = row.billingType
WITH s, row
MATCH (customer:Customer {id: row.customerId})
MATCH (billedBy:Partner {id: row.billedById})
MATCH (tenant:Tenant {id: row.tenantId})
OPTIONAL MATCH (reseller:Partner {id: row.resellerOfRecordId})
WITH s, row, customer, billedBy, tenant, reseller
WHERE row.resellerOfRecordId IS NULL OR reseller IS NOT NULL
CALL (s, customer) {
  OPTIONAL MATCH (s)-[old:FOR]->(other) WHERE other <> customer
  DELETE old
}
MERGE (s)-[:FOR]->(customer)
WITH *
CALL (s, billedBy) {
  OPTIONAL MATCH (s)-[old:BILLED_BY]->(other) WHERE other <> billedBy
  DELETE old
}
MERGE (s)-[:BILLED_BY]->(billedBy)
WITH *
CALL (s, tenant) {
  OPTIONAL MATCH (s)-[old:PROVISIONED_ON]->(other) WHERE other <> tenant
  DELETE old
}
MERGE (s)-[:PROVISIONED_ON]->(tenant)
WITH *
CALL (s, reseller) {
  OPTIONAL MATCH (s)-[old:RESELLER_OF_RECORD]->(other) WHERE reseller IS NULL OR other <> reseller
  DELETE old
}
FOREACH (_ IN CASE WHEN reseller IS NULL THEN [] ELSE [1] END | MERGE (s)-[:RESELLER_OF_RECORD]->(reseller))
RETURN count(*) AS written
