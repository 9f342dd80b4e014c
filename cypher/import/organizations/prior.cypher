// The organizations of a batch that are already in the graph, as they are before the batch writes: which rows
// update rather than create, and what the import's undo entry restores. $batch.rows: as create.cypher.
// same: the record holds exactly what the row says (compared field by field, null only equal to null), so the batch
// leaves it as it is: nothing to write, stamp or undo.
UNWIND $batch.rows AS row
MATCH (o:Organization {id: row.id})
USING INDEX SEEK o:Organization(id)
WITH row, o, [o.name, o.country] AS held, [row.name, row.country] AS imported
RETURN o.id AS id, o {.name, .country} AS props,
       all(i IN range(0, size(held) - 1)
           WHERE coalesce(held[i] = imported[i], held[i] IS NULL AND imported[i] IS NULL)) AS same
