// Creates ownership stakes that are not in the graph yet. $batch.rows: [{ownerId, ownedId, share, directsManagement,
// since?}].
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
MATCH (owner:Organization {id: row.ownerId})
USING INDEX SEEK owner:Organization(id)
MATCH (owned:Organization {id: row.ownedId})
USING INDEX SEEK owned:Organization(id)
CREATE (owner)-[:OWNS {share: row.share, directsManagement: row.directsManagement, since: date(row.since), changedAt: datetime(), importBatch: $tag}]->(owned)
RETURN count(*) AS written
