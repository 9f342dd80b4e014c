// One page of partner accounts in id order, after $after (the last id of the page before, '' for the first), at most
// $limit: role labels, agreement dates, single links and the supply relationships the account starts.
MATCH (p:Partner)
WHERE p.id > $after
WITH p
ORDER BY p.id
LIMIT $limit
RETURN p.id AS id,
       labels(p) AS labels,
       p.mpaSignedOn AS mpaSignedOn,
       p.onboardedOn AS onboardedOn,
       p.enrolledOn AS enrolledOn,
       [(p)-[:ACCOUNT_OF]->(organization:Organization) | organization.id][0] AS organization,
       [(p)-[:USES_TENANT]->(tenant:Tenant) | tenant.id][0] AS tenant,
       [(p)-[:IN_COUNTRY]->(country:Country) | country.code][0] AS country,
       [(p)-[supply:SUPPLIES]->(reseller:Partner) | [reseller.id, supply.since, supply.until]] AS supplies;
