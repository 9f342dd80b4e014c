// One page of tenants in id order, after $after (the last id of the page before, '' for the first), at most $limit.
MATCH (t:Tenant)
WHERE t.id > $after
WITH t
ORDER BY t.id
LIMIT $limit
RETURN t.id AS id, t.kind AS kind, t.cloud AS cloud, [(t)-[:IN_COUNTRY]->(country:Country) | country.code][0] AS country;
