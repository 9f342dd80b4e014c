// Partner accounts of each organization: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Organization {id: parentId})
CALL (parent) {
  MATCH (other:Partner)-[:ACCOUNT_OF]->(parent)
  WHERE IN_SCOPE(other:Partner)
  WITH parent, other ORDER BY other.name, other.id
  RETURN count(*) AS total, collect(other.id)[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
