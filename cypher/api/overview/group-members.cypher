// A page of one group: the neighbours of the hub ($hub, an element id) over one relationship type and direction
// (the pattern written in place of PATTERN, and the member's kind in place of KIND, from the model's allowlist by
// server/api/data/group-members.ts), those with open findings first when $flaggedFirst, then by name; $search (lower
// case, or null) narrows by name or id.
// $skip, $limit; $activeOn (YYYY-MM-DD) for the edges drawn with the page.
MATCH (a) WHERE elementId(a) = $hub
MATCH PATTERN
WHERE IN_SCOPE(b:KIND)
WITH b, r
WHERE $search IS NULL OR toLower(coalesce(b.name, b.offerName, '')) CONTAINS $search OR toLower(b.id) STARTS WITH $search
WITH b, r, COUNT {
  (f:Finding)-[:CONCERNS]->(b)
  WHERE FINDING_COUNTS_OPEN(f) AND FINDING_IN_SCOPE(f)
} > 0 AS flagged
ORDER BY CASE WHEN $flaggedFirst AND flagged THEN 0 ELSE 1 END, coalesce(b.name, b.offerName, b.id), b.id
WITH collect({b: elementId(b), r: elementId(r), flagged: flagged}) AS members
RETURN size(members) AS total, size([m IN members WHERE m.flagged]) AS flagged,
       [m IN members[$skip..$skip + $limit] | [m.b, m.r]] AS page
