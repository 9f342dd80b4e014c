// The relationships among drawn nodes that the expansion did not bring: from each drawn node with at most
// $maxDegree relationships (a hub's other links are met from their other, smaller end), to another drawn node.
// $ids: element ids; $drawn: a map from each drawn element id to true (a map lookup, not a list scan); $types.
UNWIND $ids AS eid
MATCH (a) WHERE elementId(a) = eid AND COUNT { (a)--() } <= $maxDegree
MATCH (a)-[r]-(b)
WHERE $drawn[elementId(b)] AND type(r) IN $types
RETURN collect(DISTINCT elementId(r)) AS edges
