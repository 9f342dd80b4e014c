// Countries of each region: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Region {name: parentId})
CALL (parent) {
  MATCH (other:Country)-[:IN_REGION]->(parent)
  RETURN count(*) AS total
}
// The page, sorted only when one is asked for: a count alone (first: 0) reads no names and sorts nothing.
CALL (parent) {
  WITH parent WHERE $limit > 0
  MATCH (other:Country)-[:IN_REGION]->(parent)
  WITH parent, other ORDER BY other.name
  SKIP $skip LIMIT $limit
  RETURN collect(other.code) AS items
}
RETURN parentId, total, items
