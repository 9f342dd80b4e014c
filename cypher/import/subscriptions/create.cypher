// Creates subscriptions that are not in the graph yet, with their customer, billing partner, tenant and (when given)
// reseller of record. $batch.rows: [{id, customerId, billedById, tenantId, createdOn, status, resellerOfRecordId?, offerId?,
// offerName?, billingType?}].
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
MATCH (customer:Customer {id: row.customerId})
USING INDEX SEEK customer:Customer(id)
MATCH (billedBy:Partner {id: row.billedById})
USING INDEX SEEK billedBy:Partner(id)
MATCH (tenant:Tenant {id: row.tenantId})
USING INDEX SEEK tenant:Tenant(id)
OPTIONAL MATCH (reseller:Partner {id: row.resellerOfRecordId})
USING INDEX SEEK reseller:Partner(id)
WITH row, customer, billedBy, tenant, reseller
WHERE row.resellerOfRecordId IS NULL OR reseller IS NOT NULL
CREATE (s:Subscription {
  id: row.id, createdOn: date(row.createdOn), status: row.status, offerId: row.offerId, offerName: row.offerName,
  billingType: row.billingType, changedAt: datetime(), importBatch: $tag
})
CREATE (s)-[:FOR]->(customer), (s)-[:BILLED_BY]->(billedBy), (s)-[:PROVISIONED_ON]->(tenant)
FOREACH (_ IN CASE WHEN reseller IS NULL THEN [] ELSE [1] END | CREATE (s)-[:RESELLER_OF_RECORD]->(reseller))
RETURN count(*) AS written
