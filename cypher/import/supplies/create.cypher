// Creates provider -> reseller relationships that are not in the graph yet. $batch.rows: [{providerId, resellerId, since,
// until?, state}].
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
MATCH (provider:Partner {id: row.providerId})
USING INDEX SEEK provider:Partner(id)
MATCH (reseller:Partner {id: row.resellerId})
USING INDEX SEEK reseller:Partner(id)
CREATE (provider)-[:SUPPLIES {since: date(row.since), until: date(row.until), state: row.state, changedAt: datetime(), importBatch: $tag}]->(reseller)
RETURN count(*) AS written
