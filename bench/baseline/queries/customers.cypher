// One page of customer accounts in id order, after $after (the last id of the page before, '' for the first), at most
// $limit: single links and the reseller and management relationships partners hold with the customer.
MATCH (c:Customer)
WHERE c.id > $after
WITH c
ORDER BY c.id
LIMIT $limit
RETURN c.id AS id,
       [(c)-[:ON_TENANT]->(tenant:Tenant) | tenant.id][0] AS tenant,
       [(c)-[:ACCOUNT_OF]->(organization:Organization) | organization.id][0] AS organization,
       [(partner:Partner)-[sale:SELLS_TO]->(c) | [partner.id, sale.since, sale.until]] AS sales,
       [(partner:Partner)-[management:MANAGES]->(c) | [partner.id, management.since, management.until]] AS managements;
