// The relationships among drawn nodes (element ids $ids), and how many lead from the nodes short of the last level
// ($inner, whose every neighbour lies within the depth) to nodes left out. $types, $kinds, $activeOn, $onlyActive as
// in expand.cypher.
UNWIND $ids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]-(b)
WHERE type(r) IN $types
  AND any(label IN labels(b) WHERE label IN $kinds)
  AND (NOT $onlyActive OR NOT type(r) IN ['SUPPLIES', 'SELLS_TO', 'MANAGES']
       OR (r.since <= date($activeOn) AND (r.until IS NULL OR r.until > date($activeOn))))
WITH eid, a, r, elementId(b) IN $ids AS drawn
// A relationship between two drawn nodes is met from both ends: keep it once, from its start.
WHERE NOT drawn OR startNode(r) = a
RETURN collect(CASE WHEN drawn THEN elementId(r) END) AS edges,
       count(CASE WHEN NOT drawn AND eid IN $inner THEN 1 END) AS omitted
