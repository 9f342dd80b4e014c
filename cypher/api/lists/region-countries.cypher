// Countries of each region: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Region {name: parentId})
CALL (parent) {
  MATCH (other:Country)-[:IN_REGION]->(parent)
  WITH parent, other ORDER BY other.name
  RETURN count(*) AS total, collect(other.code)[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
