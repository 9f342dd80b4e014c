// Undo: deletes the partner accounts an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (p:Partner {id: id})
USING INDEX SEEK p:Partner(id)
// A removed entity changes the rules' outcome for its former neighbours (docs/change-tracking.md).
CALL (p) {
  MATCH (p)--(n) WHERE n:Partner OR n:Customer OR n:Tenant OR n:Organization OR n:Subscription
  SET n.changedAt = datetime()
}
DETACH DELETE p
