// Creates reseller relationships with customers that are not in the graph yet. $batch.rows: [{partnerId, customerId,
// since, until?}].
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
MATCH (partner:Partner {id: row.partnerId})
USING INDEX SEEK partner:Partner(id)
MATCH (customer:Customer {id: row.customerId})
USING INDEX SEEK customer:Customer(id)
CREATE (partner)-[:SELLS_TO {since: date(row.since), until: date(row.until), changedAt: datetime(), importBatch: $tag}]->(customer)
RETURN count(*) AS written
