// Creates provider -> reseller relationships that are not in the graph yet. $rows: [{providerId, resellerId, since,
// until?, state}].
// $batch: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $rows AS row
MATCH (provider:Partner {id: row.providerId})
USING INDEX SEEK provider:Partner(id)
MATCH (reseller:Partner {id: row.resellerId})
USING INDEX SEEK reseller:Partner(id)
CREATE (provider)-[:SUPPLIES {since: date(row.since), until: date(row.until), state: row.state, changedAt: datetime(), importBatch: $batch}]->(reseller)
RETURN count(*) AS written
