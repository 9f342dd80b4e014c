// One page of subscriptions in id order, after $after (the last id of the page before, '' for the first), at most
// $limit: creation date and single links.
MATCH (s:Subscription)
WHERE s.id > $after
WITH s
ORDER BY s.id
LIMIT $limit
RETURN s.id AS id,
       s.createdOn AS createdOn,
       [(s)-[:FOR]->(customer:Customer) | customer.id][0] AS customer,
       [(s)-[:BILLED_BY]->(partner:Partner) | partner.id][0] AS billedBy,
       [(s)-[:RESELLER_OF_RECORD]->(partner:Partner) | partner.id][0] AS resellerOfRecord,
       [(s)-[:PROVISIONED_ON]->(tenant:Tenant) | tenant.id][0] AS tenant;
