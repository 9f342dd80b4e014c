// The country codes of the region table in force, and its as-of date.
OPTIONAL MATCH (table:RegionTable {id: 'current'})
OPTIONAL MATCH (country:Country)
RETURN toString(table.asOf) AS asOf, collect(country.code) AS codes
