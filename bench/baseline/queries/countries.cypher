// Every country of the graph with the region the region table in force puts it in (null when none).
MATCH (country:Country)
RETURN country.code AS code, [(country)-[:IN_REGION]->(region:Region) | region.name][0] AS region;
