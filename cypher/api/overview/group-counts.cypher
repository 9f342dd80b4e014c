// One group (the neighbours of the hub $hub, an element id, over one relationship type and direction: the pattern
// written in place of PATTERN and the member's kind in place of KIND by server/api/data/group-members.ts, from the
// model's allowlist), narrowed by $search (lower case, or null: by name or id): how many rows (member and
// relationship) it holds, and its flagged rows (members an open finding concerns) by name. The flagged rows are met
// from the open findings' side, so a group of a hundred thousand members costs its count and its flagged few.
MATCH (a) WHERE elementId(a) = $hub
CALL (a) {
  MATCH PATTERN
  WHERE IN_SCOPE(b:KIND) AND MATCHES_SEARCH(b)
  RETURN count(*) AS total
}
CALL (a) {
  MATCH (f:Finding)-[:CONCERNS]->(b:KIND)
  WHERE FINDING_COUNTS_OPEN(f) AND FINDING_IN_SCOPE(f)
  WITH DISTINCT a, b
  MATCH PATTERN
  WHERE IN_SCOPE(b:KIND) AND MATCHES_SEARCH(b)
  WITH b, r ORDER BY coalesce(b.name, b.offerName, b.id), b.id, elementId(r)
  RETURN collect([elementId(b), elementId(r)]) AS flagged
}
RETURN total, flagged
