// Undo: deletes the organizations an import created. $keys: [id].
UNWIND $keys AS id
MATCH (o:Organization {id: id})
USING INDEX SEEK o:Organization(id)
// A removed entity changes the rules' outcome for its former neighbours (docs/change-tracking.md).
CALL (o) {
  MATCH (o)--(n) WHERE n:Partner OR n:Customer OR n:Tenant OR n:Organization OR n:Subscription
  SET n.changedAt = datetime()
}
DETACH DELETE o
