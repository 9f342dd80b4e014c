// Creates reseller relationships with customers that are not in the graph yet. $rows: [{partnerId, customerId,
// since, until?}].
// $batch: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $rows AS row
MATCH (partner:Partner {id: row.partnerId})
USING INDEX SEEK partner:Partner(id)
MATCH (customer:Customer {id: row.customerId})
USING INDEX SEEK customer:Customer(id)
CREATE (partner)-[:SELLS_TO {since: date(row.since), until: date(row.until), changedAt: datetime(), importBatch: $batch}]->(customer)
RETURN count(*) AS written
