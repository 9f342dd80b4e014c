// Upserts ownership stakes, one per owner and owned organization. $rows: [{ownerId, ownedId, share,
// directsManagement, since?}]; an absent since removes it.
UNWIND $rows AS row
MATCH (owner:Organization {id: row.ownerId})
MATCH (owned:Organization {id: row.ownedId})
MERGE (owner)-[r:OWNS]->(owned)
SET r.share = row.share, r.directsManagement = row.directsManagement, r.since = date(row.since)
RETURN count(*) AS written
