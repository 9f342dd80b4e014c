// Customers each partner has a reseller relationship with: one page per parent, with the total. $ids, $activeOn (YYYY-MM-DD), $onlyActive, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Partner {id: parentId})
CALL (parent) {
  MATCH (parent)-[r:SELLS_TO]->(other:Customer)
  WHERE IN_SCOPE(other:Customer)
  WITH parent, r, other, r.since <= date($activeOn) AND (r.until IS NULL OR r.until > date($activeOn)) AS active
  WHERE active OR NOT $onlyActive
  RETURN count(*) AS total
}
// The page, sorted only when one is asked for: a count alone (first: 0) reads no names and sorts nothing.
CALL (parent) {
  WITH parent WHERE $limit > 0
  MATCH (parent)-[r:SELLS_TO]->(other:Customer)
  WHERE IN_SCOPE(other:Customer)
  WITH parent, r, other, r.since <= date($activeOn) AND (r.until IS NULL OR r.until > date($activeOn)) AS active
  WHERE active OR NOT $onlyActive
  WITH parent, r, other, active ORDER BY other.name, other.id, r.since
  SKIP $skip LIMIT $limit
  RETURN collect({partnerId: parent.id, customerId: other.id, since: r.since, until: r.until, active: active}) AS items
}
RETURN parentId, total, items
