// Countries of the region table by code, with their region. $codes
UNWIND $codes AS code
MATCH (c:Country {code: code})
OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
RETURN c.code AS code, c.name AS name, coalesce(c.currencies, []) AS currencies, r.name AS region
