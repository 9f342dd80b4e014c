// Upserts admin and support relationships, one per partner, customer, kind and start date.
// $rows: [{partnerId, customerId, kind, since, until?}]; an absent until removes it.
UNWIND $rows AS row
MATCH (partner:Partner {id: row.partnerId})
MATCH (customer:Customer {id: row.customerId})
MERGE (partner)-[r:MANAGES {kind: row.kind, since: date(row.since)}]->(customer)
SET r.until = date(row.until)
RETURN count(*) AS written
