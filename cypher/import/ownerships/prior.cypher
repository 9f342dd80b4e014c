// The ownership stakes of a batch that are already in the graph, with their properties before the batch writes.
// $batch.rows: as create.cypher.
// same: the record holds exactly what the row says (compared field by field, null only equal to null), so the batch
// leaves it as it is: nothing to write, stamp or undo.
UNWIND $batch.rows AS row
MATCH (owner:Organization {id: row.ownerId})-[r:OWNS]->(owned:Organization {id: row.ownedId})
USING INDEX SEEK owner:Organization(id)
USING INDEX SEEK owned:Organization(id)
WITH row, r, [r.share, r.directsManagement, r.since] AS held,
     [row.share, row.directsManagement, date(row.since)] AS imported
RETURN row.ownerId AS ownerId, row.ownedId AS ownedId, r {.share, .directsManagement, .since} AS props,
       all(i IN range(0, size(held) - 1)
           WHERE coalesce(held[i] = imported[i], held[i] IS NULL AND imported[i] IS NULL)) AS same
