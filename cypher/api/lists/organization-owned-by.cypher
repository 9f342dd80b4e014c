// Stakes other organizations hold in each organization: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Organization {id: parentId})
CALL (parent) {
  MATCH (other:Organization)-[r:OWNS]->(parent)
  WHERE IN_SCOPE(other:Organization)
  RETURN count(*) AS total
}
// The page, sorted only when one is asked for: a count alone (first: 0) reads no names and sorts nothing.
CALL (parent) {
  WITH parent WHERE $limit > 0
  MATCH (other:Organization)-[r:OWNS]->(parent)
  WHERE IN_SCOPE(other:Organization)
  WITH parent, r, other ORDER BY other.name, other.id
  SKIP $skip LIMIT $limit
  RETURN collect({ownerId: other.id, ownedId: parent.id, share: r.share, directsManagement: coalesce(r.directsManagement, false), since: r.since}) AS items
}
RETURN parentId, total, items
