// Creates provider -> reseller relationships that are not in the graph yet. $rows: [{providerId, resellerId, since,
// until?, state}].
UNWIND $rows AS row
MATCH (provider:Partner {id: row.providerId})
MATCH (reseller:Partner {id: row.resellerId})
CREATE (provider)-[:SUPPLIES {since: date(row.since), until: date(row.until), state: row.state}]->(reseller)
RETURN count(*) AS written
