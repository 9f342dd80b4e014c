// The reseller relationships of a batch that are already in the graph (same partner, customer and since), with their
// properties before the batch writes. $rows: [{partnerId, customerId, since, ...}].
UNWIND $rows AS row
MATCH (:Partner {id: row.partnerId})-[r:SELLS_TO {since: date(row.since)}]->(:Customer {id: row.customerId})
RETURN row.partnerId AS partnerId, row.customerId AS customerId, row.since AS since, r {.until} AS props
