// Customer accounts on each tenant: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Tenant {id: parentId})
CALL (parent) {
  MATCH (other:Customer)-[:ON_TENANT]->(parent)
  WHERE IN_SCOPE(other:Customer)
  WITH parent, other ORDER BY other.name, other.id
  RETURN count(*) AS total, collect(other.id)[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
