// Rewrites ownership stakes already in the graph (one per owner and owned organization). $batch.rows: as create.cypher;
// an absent since removes it.
UNWIND $batch.rows AS row
MATCH (owner:Organization {id: row.ownerId})-[r:OWNS]->(owned:Organization {id: row.ownedId})
USING INDEX SEEK owner:Organization(id)
USING INDEX SEEK owned:Organization(id)
SET r.share = row.share, r.directsManagement = row.directsManagement, r.since = date(row.since), r.changedAt = datetime()
RETURN count(DISTINCT row) AS written
