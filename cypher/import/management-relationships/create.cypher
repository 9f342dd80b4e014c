// Creates admin and support relationships that are not in the graph yet. $batch.rows: [{partnerId, customerId, kind, since,
// until?}].
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
MATCH (partner:Partner {id: row.partnerId})
USING INDEX SEEK partner:Partner(id)
MATCH (customer:Customer {id: row.customerId})
USING INDEX SEEK customer:Customer(id)
CREATE (partner)-[:MANAGES {kind: row.kind, since: date(row.since), until: date(row.until), changedAt: datetime(), importBatch: $tag}]->(customer)
RETURN count(*) AS written
