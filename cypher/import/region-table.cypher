// The region table in force, whole, as region-table.ts loads it: a bulk load carries it into the new store.
MATCH (table:RegionTable {id: 'current'})
MATCH (country:Country)-[:IN_REGION]->(region:Region)
RETURN toString(table.asOf) AS asOf, table.source AS source,
       collect({code: country.code, name: country.name, region: region.name, currencies: country.currencies}) AS rows
