// Subscriptions billed to each partner: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Partner {id: parentId})
CALL (parent) {
  MATCH (other:Subscription)-[:BILLED_BY]->(parent)
  WHERE IN_SCOPE(other:Subscription)
  WITH parent, other ORDER BY other.createdOn, other.id
  RETURN count(*) AS total, collect(other.id)[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
