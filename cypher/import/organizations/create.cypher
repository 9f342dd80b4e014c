// Creates organizations that are not in the graph yet. $rows: [{id, name, country?}]; an absent value is not stored.
// $batch: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $rows AS row
CREATE (o:Organization {id: row.id, name: row.name, country: row.country, changedAt: datetime(), importBatch: $batch})
RETURN count(*) AS written
