// Sets the until of reseller relationships: a snapshot ends them, and undoing it puts the old until back (null
// removes it). $batch.rows: [{partnerId, customerId, since, until}].
UNWIND $batch.rows AS row
MATCH (partner:Partner {id: row.partnerId})-[r:SELLS_TO {since: date(row.since)}]->(customer:Customer {id: row.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
SET r.until = date(row.until)
RETURN count(DISTINCT row) AS written
