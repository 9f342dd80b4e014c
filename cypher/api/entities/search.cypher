// Full-text matches over names, ids, PartnerIDs and domains, best first, with the total. $query (Lucene syntax, user
// text already escaped), $kinds (labels, or null for all), $skip, $limit
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score,
     CASE WHEN node:Partner THEN 'Partner' WHEN node:Customer THEN 'Customer' ELSE 'Organization' END AS kind
WHERE ($kinds IS NULL OR kind IN $kinds) AND IN_SCOPE(node)
WITH node, score, kind ORDER BY score DESC, node.id
WITH collect({kind: kind, id: node.id, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $limit)] AS items
