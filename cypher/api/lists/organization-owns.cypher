// Stakes each organization holds in others: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Organization {id: parentId})
CALL (parent) {
  MATCH (parent)-[r:OWNS]->(other:Organization)
  WHERE IN_SCOPE(other:Organization)
  RETURN count(*) AS total
}
// The page, sorted only when one is asked for: a count alone (first: 0) reads no names and sorts nothing.
CALL (parent) {
  WITH parent WHERE $limit > 0
  MATCH (parent)-[r:OWNS]->(other:Organization)
  WHERE IN_SCOPE(other:Organization)
  WITH parent, r, other ORDER BY other.name, other.id
  SKIP $skip LIMIT $limit
  RETURN collect({ownerId: parent.id, ownedId: other.id, share: r.share, directsManagement: coalesce(r.directsManagement, false), since: r.since}) AS items
}
RETURN parentId, total, items
