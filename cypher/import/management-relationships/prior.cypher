// The admin and support relationships of a batch that are already in the graph (same partner, customer, kind and
// since), with their properties before the batch writes. $batch.rows: as create.cypher.
// same: the record holds exactly what the row says (compared field by field, null only equal to null), so the batch
// leaves it as it is: nothing to write, stamp or undo.
UNWIND $batch.rows AS row
MATCH (partner:Partner {id: row.partnerId})-[r:MANAGES {kind: row.kind, since: date(row.since)}]->(customer:Customer {id: row.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
WITH row, r, [r.until] AS held, [date(row.until)] AS imported
RETURN row.partnerId AS partnerId, row.customerId AS customerId, row.kind AS kind, row.since AS since,
       r {.until} AS props,
       all(i IN range(0, size(held) - 1)
           WHERE coalesce(held[i] = imported[i], held[i] IS NULL AND imported[i] IS NULL)) AS same
