// A page of partner accounts by name, with the total; $role (a PARTNER_ROLES name) and $region (a region name)
// narrow it when not null. $skip, $limit
MATCH (p:Partner)
WHERE ($role IS NULL
       OR ($role = 'indirect-provider' AND p:IndirectProvider)
       OR ($role = 'indirect-reseller' AND p:IndirectReseller)
       OR ($role = 'direct-bill' AND p:DirectBill))
  AND IN_SCOPE(p:Partner)
  AND ($region IS NULL OR EXISTS { (p)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(:Region {name: $region}) })
WITH p ORDER BY p.name, p.id
WITH collect(p.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS items
