// One step of a network: the entities next to a frontier that are not drawn yet, at most $cap of them, with the
// count of all. $frontier and $seen: element ids; $types: relationship types to follow; $kinds: labels to include;
// $activeOn (YYYY-MM-DD) and $onlyActive: whether inactive dated relationships are followed.
UNWIND $frontier AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]-(b)
WHERE type(r) IN $types
  AND any(label IN labels(b) WHERE label IN $kinds)
  AND NOT elementId(b) IN $seen
  AND (NOT $onlyActive OR NOT type(r) IN ['SUPPLIES', 'SELLS_TO', 'MANAGES']
       OR (r.since <= date($activeOn) AND (r.until IS NULL OR r.until > date($activeOn))))
WITH DISTINCT b
WITH b ORDER BY b.id
WITH collect(elementId(b)) AS found
RETURN size(found) AS total, found[..$cap] AS kept
