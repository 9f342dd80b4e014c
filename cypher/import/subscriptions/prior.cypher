// The subscriptions of a batch that are already in the graph, as they are before the batch writes: properties and
// the customer, billing partner, tenant and reseller-of-record links the import replaces. $batch.rows: as
// create.cypher.
// same: the record holds exactly what the row says (compared field by field, null only equal to null), so the batch
// leaves it as it is: nothing to write, stamp or undo.
UNWIND $batch.rows AS row
MATCH (s:Subscription {id: row.id})
USING INDEX SEEK s:Subscription(id)
WITH row, s,
     {
       FOR: [(s)-[:FOR]->(customer) | customer.id],
       BILLED_BY: [(s)-[:BILLED_BY]->(partner) | partner.id],
       PROVISIONED_ON: [(s)-[:PROVISIONED_ON]->(tenant) | tenant.id],
       RESELLER_OF_RECORD: [(s)-[:RESELLER_OF_RECORD]->(partner) | partner.id]
     } AS links
WITH row, s, links,
     [s.createdOn, s.status, s.offerId, s.offerName, s.billingType, links.FOR, links.BILLED_BY, links.PROVISIONED_ON,
      links.RESELLER_OF_RECORD] AS held,
     [date(row.createdOn), row.status, row.offerId, row.offerName, row.billingType, [row.customerId], [row.billedById],
      [row.tenantId], [id IN [row.resellerOfRecordId] WHERE id IS NOT NULL]] AS imported
RETURN s.id AS id, s {.createdOn, .status, .offerId, .offerName, .billingType} AS props, links,
       all(i IN range(0, size(held) - 1)
           WHERE coalesce(held[i] = imported[i], held[i] IS NULL AND imported[i] IS NULL)) AS same
