// The ownership stakes of a batch that are already in the graph, with their properties before the batch writes.
// $batch.rows: [{ownerId, ownedId, ...}].
UNWIND $batch.rows AS row
MATCH (owner:Organization {id: row.ownerId})-[r:OWNS]->(owned:Organization {id: row.ownedId})
USING INDEX SEEK owner:Organization(id)
USING INDEX SEEK owned:Organization(id)
RETURN row.ownerId AS ownerId, row.ownedId AS ownedId, r {.share, .directsManagement, .since} AS props
