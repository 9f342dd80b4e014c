// Creates ownership stakes that are not in the graph yet. $rows: [{ownerId, ownedId, share, directsManagement,
// since?}].
UNWIND $rows AS row
MATCH (owner:Organization {id: row.ownerId})
MATCH (owned:Organization {id: row.ownedId})
CREATE (owner)-[:OWNS {share: row.share, directsManagement: row.directsManagement, since: date(row.since)}]->(owned)
RETURN count(*) AS written
