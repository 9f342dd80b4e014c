// Upserts provider -> reseller relationships, one per provider, reseller and start date.
// $rows: [{providerId, resellerId, since, until?, state}]; an absent until removes it.
UNWIND $rows AS row
MATCH (provider:Partner {id: row.providerId})
MATCH (reseller:Partner {id: row.resellerId})
MERGE (provider)-[r:SUPPLIES {since: date(row.since)}]->(reseller)
SET r.until = date(row.until), r.state = row.state
RETURN count(*) AS written
