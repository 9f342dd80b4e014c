// A page of one group's rows (member and relationship; PATTERN, KIND and $search as in group-counts.cypher) by name,
// without the members of $exclude (a map from element id to true: the flagged members, when they come first and are
// paged apart). Only the page's rows are kept while sorting. $skip, $limit.
MATCH (a) WHERE elementId(a) = $hub
MATCH PATTERN
WHERE IN_SCOPE(b:KIND) AND MATCHES_SEARCH(b) AND $exclude[elementId(b)] IS NULL
WITH b, r ORDER BY coalesce(b.name, b.offerName, b.id), b.id, elementId(r)
SKIP $skip LIMIT $limit
RETURN elementId(b) AS member, elementId(r) AS relationship
