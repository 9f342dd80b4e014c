// Rewrites reseller relationships already in the graph. $rows: as create.cypher; an absent until removes it.
UNWIND $rows AS row
MATCH (partner:Partner {id: row.partnerId})-[r:SELLS_TO {since: date(row.since)}]->(customer:Customer {id: row.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
SET r.until = date(row.until), r.changedAt = datetime()
RETURN count(DISTINCT row) AS written
