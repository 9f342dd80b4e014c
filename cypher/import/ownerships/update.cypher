// Rewrites ownership stakes already in the graph (one per owner and owned organization). $rows: as create.cypher;
// an absent since removes it.
UNWIND $rows AS row
MATCH (:Organization {id: row.ownerId})-[r:OWNS]->(:Organization {id: row.ownedId})
SET r.share = row.share, r.directsManagement = row.directsManagement, r.since = date(row.since)
RETURN count(DISTINCT row) AS written
