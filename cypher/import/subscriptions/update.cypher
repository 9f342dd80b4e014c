// Rewrites subscriptions already in the graph: properties (an absent value removes it) and the customer, billing
// partner, tenant and reseller-of-record links when they changed (an absent resellerOfRecordId removes the link).
// $batch.rows: as create.cypher.
UNWIND $batch.rows AS row
MATCH (s:Subscription {id: row.id})
USING INDEX SEEK s:Subscription(id)
MATCH (customer:Customer {id: row.customerId})
USING INDEX SEEK customer:Customer(id)
MATCH (billedBy:Partner {id: row.billedById})
USING INDEX SEEK billedBy:Partner(id)
MATCH (tenant:Tenant {id: row.tenantId})
USING INDEX SEEK tenant:Tenant(id)
OPTIONAL MATCH (reseller:Partner {id: row.resellerOfRecordId})
USING INDEX SEEK reseller:Partner(id)
WITH row, s, customer, billedBy, tenant, reseller
WHERE row.resellerOfRecordId IS NULL OR reseller IS NOT NULL
SET s.createdOn = date(row.createdOn), s.status = row.status, s.offerId = row.offerId, s.offerName = row.offerName,
    s.billingType = row.billingType, s.changedAt = datetime()
WITH s, customer, billedBy, tenant, reseller
CALL (s, customer, billedBy, tenant, reseller) {
  MATCH (s)-[old:FOR|BILLED_BY|PROVISIONED_ON|RESELLER_OF_RECORD]->(other)
  WHERE (type(old) = 'FOR' AND other <> customer) OR (type(old) = 'BILLED_BY' AND other <> billedBy)
     OR (type(old) = 'PROVISIONED_ON' AND other <> tenant)
     OR (type(old) = 'RESELLER_OF_RECORD' AND (reseller IS NULL OR other <> reseller))
  SET other.changedAt = datetime()
  DELETE old
}
MERGE (s)-[:FOR]->(customer)
MERGE (s)-[:BILLED_BY]->(billedBy)
MERGE (s)-[:PROVISIONED_ON]->(tenant)
FOREACH (_ IN CASE WHEN reseller IS NULL THEN [] ELSE [1] END | MERGE (s)-[:RESELLER_OF_RECORD]->(reseller))
RETURN count(*) AS written
