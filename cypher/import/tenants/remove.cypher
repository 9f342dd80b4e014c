// Undo: deletes the tenants an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (t:Tenant {id: id})
USING INDEX SEEK t:Tenant(id)
// A removed entity changes the rules' outcome for its former neighbours (docs/change-tracking.md).
CALL (t) {
  MATCH (t)--(n) WHERE n:Partner OR n:Customer OR n:Tenant OR n:Organization OR n:Subscription
  SET n.changedAt = datetime()
}
DETACH DELETE t
