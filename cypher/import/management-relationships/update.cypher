// Rewrites admin and support relationships already in the graph. $rows: as create.cypher; an absent until removes
// it.
UNWIND $rows AS row
MATCH (:Partner {id: row.partnerId})-[r:MANAGES {kind: row.kind, since: date(row.since)}]->(:Customer {id: row.customerId})
SET r.until = date(row.until)
RETURN count(DISTINCT row) AS written
