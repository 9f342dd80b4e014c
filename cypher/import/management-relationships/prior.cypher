// The admin and support relationships of a batch that are already in the graph (same partner, customer, kind and
// since), with their properties before the batch writes. $batch.rows: [{partnerId, customerId, kind, since, ...}].
UNWIND $batch.rows AS row
MATCH (partner:Partner {id: row.partnerId})-[r:MANAGES {kind: row.kind, since: date(row.since)}]->(customer:Customer {id: row.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
RETURN row.partnerId AS partnerId, row.customerId AS customerId, row.kind AS kind, row.since AS since,
       r {.until} AS props
