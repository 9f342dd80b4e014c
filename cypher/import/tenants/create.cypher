// Creates tenants that are not in the graph yet, each linked to its country. $rows: [{id, country, kind, cloud}].
// $batch: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $rows AS row
MATCH (country:Country {code: row.country})
USING INDEX SEEK country:Country(code)
CREATE (t:Tenant {id: row.id, kind: row.kind, cloud: row.cloud, changedAt: datetime(), importBatch: $batch})-[:IN_COUNTRY]->(country)
RETURN count(*) AS written
