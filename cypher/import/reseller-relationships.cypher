// Upserts reseller relationships with customers, one per partner, customer and start date.
// $rows: [{partnerId, customerId, since, until?}]; an absent until removes it.
UNWIND $rows AS row
MATCH (partner:Partner {id: row.partnerId})
MATCH (customer:Customer {id: row.customerId})
MERGE (partner)-[r:SELLS_TO {since: date(row.since)}]->(customer)
SET r.until = date(row.until)
RETURN count(*) AS written
