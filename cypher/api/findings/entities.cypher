// The entities of each finding's evidence (CONCERNS), one page per finding, with the total. $ids (keys), $skip,
// $limit
UNWIND $ids AS parentId
MATCH (f:Finding {key: parentId})
WHERE FINDING_IN_SCOPE(f)
CALL (f) {
  MATCH (f)-[:CONCERNS]->(n)
  WITH n, CASE WHEN n:Organization THEN 'Organization' WHEN n:Partner THEN 'Partner' WHEN n:Tenant THEN 'Tenant'
               WHEN n:Customer THEN 'Customer' ELSE 'Subscription' END AS kind
  ORDER BY kind, n.id
  RETURN count(*) AS total, collect({kind: kind, id: n.id})[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
