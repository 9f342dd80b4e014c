// The ownership stakes of a batch that are already in the graph, with their properties before the batch writes.
// $rows: [{ownerId, ownedId, ...}].
UNWIND $rows AS row
MATCH (:Organization {id: row.ownerId})-[r:OWNS]->(:Organization {id: row.ownedId})
RETURN row.ownerId AS ownerId, row.ownedId AS ownedId, r {.share, .directsManagement, .since} AS props
