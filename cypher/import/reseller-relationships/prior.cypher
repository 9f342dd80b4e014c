// The reseller relationships of a batch that are already in the graph (same partner, customer and since), with their
// properties before the batch writes. $batch.rows: [{partnerId, customerId, since, ...}].
UNWIND $batch.rows AS row
MATCH (partner:Partner {id: row.partnerId})-[r:SELLS_TO {since: date(row.since)}]->(customer:Customer {id: row.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
RETURN row.partnerId AS partnerId, row.customerId AS customerId, row.since AS since, r {.until} AS props
