// Creates organizations that are not in the graph yet. $batch.rows: [{id, name, country?}]; an absent value is not stored.
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
CREATE (o:Organization {id: row.id, name: row.name, country: row.country, changedAt: datetime(), importBatch: $tag})
RETURN count(*) AS written
