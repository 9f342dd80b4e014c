// Rewrites provider -> reseller relationships already in the graph. $rows: as create.cypher; an absent until
// removes it.
UNWIND $rows AS row
MATCH (:Partner {id: row.providerId})-[r:SUPPLIES {since: date(row.since)}]->(:Partner {id: row.resellerId})
SET r.until = date(row.until), r.state = row.state
RETURN count(DISTINCT row) AS written
