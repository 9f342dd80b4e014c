// Creates reseller relationships with customers that are not in the graph yet. $rows: [{partnerId, customerId,
// since, until?}].
UNWIND $rows AS row
MATCH (partner:Partner {id: row.partnerId})
MATCH (customer:Customer {id: row.customerId})
CREATE (partner)-[:SELLS_TO {since: date(row.since), until: date(row.until)}]->(customer)
RETURN count(*) AS written
