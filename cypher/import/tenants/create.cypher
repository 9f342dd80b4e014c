// Creates tenants that are not in the graph yet, each linked to its country. $batch.rows: [{id, country, kind, cloud}].
// $tag: the journaled batch's tag (import-journal.ts), which its undo finds the records by; null in one transaction.
UNWIND $batch.rows AS row
MATCH (country:Country {code: row.country})
USING INDEX SEEK country:Country(code)
CREATE (t:Tenant {id: row.id, kind: row.kind, cloud: row.cloud, changedAt: datetime(), importBatch: $tag})-[:IN_COUNTRY]->(country)
RETURN count(*) AS written
