// Rewrites reseller relationships already in the graph. $batch.rows: as create.cypher; an absent until removes it.
UNWIND $batch.rows AS row
MATCH (partner:Partner {id: row.partnerId})-[r:SELLS_TO {since: date(row.since)}]->(customer:Customer {id: row.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
SET r.until = date(row.until), r.changedAt = datetime()
RETURN count(DISTINCT row) AS written
