// Rewrites provider -> reseller relationships already in the graph. $batch.rows: as create.cypher; an absent until
// removes it.
UNWIND $batch.rows AS row
MATCH (provider:Partner {id: row.providerId})-[r:SUPPLIES {since: date(row.since)}]->(reseller:Partner {id: row.resellerId})
USING INDEX SEEK provider:Partner(id)
USING INDEX SEEK reseller:Partner(id)
SET r.until = date(row.until), r.state = row.state, r.changedAt = datetime()
RETURN count(DISTINCT row) AS written
