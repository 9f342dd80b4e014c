// Subscriptions naming each partner as reseller of record: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Partner {id: parentId})
CALL (parent) {
  MATCH (other:Subscription)-[:RESELLER_OF_RECORD]->(parent)
  WHERE IN_SCOPE(other:Subscription)
  RETURN count(*) AS total
}
// The page, sorted only when one is asked for: a count alone (first: 0) reads no names and sorts nothing.
CALL (parent) {
  WITH parent WHERE $limit > 0
  MATCH (other:Subscription)-[:RESELLER_OF_RECORD]->(parent)
  WHERE IN_SCOPE(other:Subscription)
  WITH parent, other ORDER BY other.createdOn, other.id
  SKIP $skip LIMIT $limit
  RETURN collect(other.id) AS items
}
RETURN parentId, total, items
