// Providers that supply each reseller: one page per parent, with the total. $ids, $activeOn (YYYY-MM-DD), $onlyActive, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Partner {id: parentId})
CALL (parent) {
  MATCH (other:Partner)-[r:SUPPLIES]->(parent)
  WHERE IN_SCOPE(other:Partner)
  WITH parent, r, other, r.since <= date($activeOn) AND (r.until IS NULL OR r.until > date($activeOn)) AS active
  WHERE active OR NOT $onlyActive
  WITH parent, r, other, active ORDER BY other.name, other.id, r.since
  RETURN count(*) AS total, collect({providerId: other.id, resellerId: parent.id, since: r.since, until: r.until, state: r.state, active: active})[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
