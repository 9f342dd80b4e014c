// Subscriptions naming each partner as reseller of record: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Partner {id: parentId})
CALL (parent) {
  MATCH (other:Subscription)-[:RESELLER_OF_RECORD]->(parent)
  WHERE IN_SCOPE(other:Subscription)
  WITH parent, other ORDER BY other.createdOn, other.id
  RETURN count(*) AS total, collect(other.id)[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
