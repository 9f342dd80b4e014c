// A page of customer accounts by name, with the total; $region (the region of the customer's tenant) narrows it
// when not null. $skip, $limit
MATCH (c:Customer)
WHERE ($region IS NULL
   OR EXISTS { (c)-[:ON_TENANT]->(:Tenant)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(:Region {name: $region}) })
  AND IN_SCOPE(c:Customer)
WITH c ORDER BY c.name, c.id
WITH collect(c.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS items
