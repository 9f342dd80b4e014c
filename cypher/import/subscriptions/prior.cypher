// The subscriptions of a batch that are already in the graph, as they are before the batch writes: properties and
// the customer, billing partner, tenant and reseller-of-record links the import replaces. $batch.rows: [{id, ...}].
UNWIND $batch.rows AS row
MATCH (s:Subscription {id: row.id})
USING INDEX SEEK s:Subscription(id)
RETURN s.id AS id, s {.createdOn, .status, .offerId, .offerName, .billingType} AS props,
       {
         FOR: [(s)-[:FOR]->(customer) | customer.id],
         BILLED_BY: [(s)-[:BILLED_BY]->(partner) | partner.id],
         PROVISIONED_ON: [(s)-[:PROVISIONED_ON]->(tenant) | tenant.id],
         RESELLER_OF_RECORD: [(s)-[:RESELLER_OF_RECORD]->(partner) | partner.id]
       } AS links
