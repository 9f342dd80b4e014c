// Partner accounts of each organization: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Organization {id: parentId})
CALL (parent) {
  MATCH (other:Partner)-[:ACCOUNT_OF]->(parent)
  WHERE IN_SCOPE(other:Partner)
  RETURN count(*) AS total
}
// The page, sorted only when one is asked for: a count alone (first: 0) reads no names and sorts nothing.
CALL (parent) {
  WITH parent WHERE $limit > 0
  MATCH (other:Partner)-[:ACCOUNT_OF]->(parent)
  WHERE IN_SCOPE(other:Partner)
  WITH parent, other ORDER BY other.name, other.id
  SKIP $skip LIMIT $limit
  RETURN collect(other.id) AS items
}
RETURN parentId, total, items
