// Stakes each organization holds in others: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Organization {id: parentId})
CALL (parent) {
  MATCH (parent)-[r:OWNS]->(other:Organization)
  WHERE IN_SCOPE(other:Organization)
  WITH parent, r, other ORDER BY other.name, other.id
  RETURN count(*) AS total, collect({ownerId: parent.id, ownedId: other.id, share: r.share, directsManagement: coalesce(r.directsManagement, false), since: r.since})[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
