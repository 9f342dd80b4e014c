// Search hits, best first, with the total: full-text matches over names, PartnerIDs and domains, and ids matched whole
// or by their start (ahead of any text match, a whole id first). $query (Lucene syntax, user text already escaped),
// $idPrefixes (the text as typed and in lower case; empty when it is too short to stand for an id), $kinds (labels, or
// null for all), $skip, $limit
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text_search', $query) YIELD node, score
  RETURN node, score
  UNION
  UNWIND $idPrefixes AS prefix
  CALL (prefix) {
    MATCH (node:Partner) WHERE node.id STARTS WITH prefix RETURN node
    UNION
    MATCH (node:Customer) WHERE node.id STARTS WITH prefix RETURN node
    UNION
    MATCH (node:Organization) WHERE node.id STARTS WITH prefix RETURN node
  }
  RETURN node, CASE node.id WHEN prefix THEN 1000.0 ELSE 500.0 END AS score
}
WITH node, max(score) AS score
WITH node, score,
     CASE WHEN node:Partner THEN 'Partner' WHEN node:Customer THEN 'Customer' ELSE 'Organization' END AS kind
WHERE ($kinds IS NULL OR kind IN $kinds) AND IN_SCOPE(node)
WITH node, score, kind ORDER BY score DESC, node.id
WITH collect({kind: kind, id: node.id, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $limit)] AS items
