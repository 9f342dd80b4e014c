// Creates ownership stakes that are not in the graph yet. $rows: [{ownerId, ownedId, share, directsManagement,
// since?}].
UNWIND $rows AS row
MATCH (owner:Organization {id: row.ownerId})
USING INDEX owner:Organization(id)
MATCH (owned:Organization {id: row.ownedId})
USING INDEX owned:Organization(id)
CREATE (owner)-[:OWNS {share: row.share, directsManagement: row.directsManagement, since: date(row.since), changedAt: datetime()}]->(owned)
RETURN count(*) AS written
