// The provider -> reseller relationships of a batch that are already in the graph (same provider, reseller and
// since), with their properties before the batch writes. $batch.rows: as create.cypher.
// same: the record holds exactly what the row says (compared field by field, null only equal to null), so the batch
// leaves it as it is: nothing to write, stamp or undo.
UNWIND $batch.rows AS row
MATCH (provider:Partner {id: row.providerId})-[r:SUPPLIES {since: date(row.since)}]->(reseller:Partner {id: row.resellerId})
USING INDEX SEEK provider:Partner(id)
USING INDEX SEEK reseller:Partner(id)
WITH row, r, [r.until, r.state] AS held, [date(row.until), row.state] AS imported
RETURN row.providerId AS providerId, row.resellerId AS resellerId, row.since AS since, r {.until, .state} AS props,
       all(i IN range(0, size(held) - 1)
           WHERE coalesce(held[i] = imported[i], held[i] IS NULL AND imported[i] IS NULL)) AS same
