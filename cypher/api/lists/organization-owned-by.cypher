// Stakes other organizations hold in each organization: one page per parent, with the total. $ids, $skip, $limit
UNWIND $ids AS parentId
MATCH (parent:Organization {id: parentId})
CALL (parent) {
  MATCH (other:Organization)-[r:OWNS]->(parent)
  WHERE IN_SCOPE(other:Organization)
  WITH parent, r, other ORDER BY other.name, other.id
  RETURN count(*) AS total, collect({ownerId: other.id, ownedId: parent.id, share: r.share, directsManagement: coalesce(r.directsManagement, false), since: r.since})[$skip..($skip + $limit)] AS items
}
RETURN parentId, total, items
