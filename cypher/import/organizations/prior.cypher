// The organizations of a batch that are already in the graph, as they are before the batch writes: which rows
// update rather than create, and what the import's undo entry restores. $batch.rows: [{id, ...}].
UNWIND $batch.rows AS row
MATCH (o:Organization {id: row.id})
USING INDEX SEEK o:Organization(id)
RETURN o.id AS id, o {.name, .country} AS props
