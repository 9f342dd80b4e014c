// The shortest path between two entities (element ids) over relationships of $types, if one has at most
// $maxLength (<= 10) relationships: the element ids of its nodes and relationships.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types) AND all(n IN nodes(p) WHERE IN_SCOPE(n))
WITH p WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | elementId(n)] AS nodes, [r IN relationships(p) | elementId(r)] AS edges
