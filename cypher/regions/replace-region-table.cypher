// Replaces the country -> CSP region table in one transaction. Entities link to Country nodes only, so a new
// table re-homes every partner, tenant and customer at once. $asOf, $source, $rows: [{code, name, region, currencies}].
MERGE (table:RegionTable {id: 'current'})
SET table.asOf = date($asOf), table.source = $source, table.loadedAt = datetime(), table.countries = size($rows)
WITH table
OPTIONAL MATCH (:Country)-[old:IN_REGION]->(:Region)
DELETE old
WITH DISTINCT table
UNWIND $rows AS row
MERGE (country:Country {code: row.code})
SET country.name = row.name, country.currencies = row.currencies
MERGE (region:Region {name: row.region})
MERGE (country)-[:IN_REGION]->(region)
WITH DISTINCT table
OPTIONAL MATCH (orphan:Region) WHERE NOT EXISTS { (orphan)<-[:IN_REGION]-(:Country) }
DETACH DELETE orphan
RETURN table.asOf AS asOf, table.countries AS countries
