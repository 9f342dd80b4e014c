// Sets the until of supplies (indirect provider -> reseller): a snapshot ends them, and undoing it puts the old until
// back (null removes it). $batch.rows: [{providerId, resellerId, since, until}].
UNWIND $batch.rows AS row
MATCH (provider:Partner {id: row.providerId})-[r:SUPPLIES {since: date(row.since)}]->(reseller:Partner {id: row.resellerId})
USING INDEX SEEK provider:Partner(id)
USING INDEX SEEK reseller:Partner(id)
SET r.until = date(row.until)
RETURN count(DISTINCT row) AS written
