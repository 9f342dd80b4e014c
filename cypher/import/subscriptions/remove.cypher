// Undo: deletes the subscriptions an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (s:Subscription {id: id})
USING INDEX SEEK s:Subscription(id)
// A removed entity changes the rules' outcome for its former neighbours (docs/change-tracking.md).
CALL (s) {
  MATCH (s)--(n) WHERE n:Partner OR n:Customer OR n:Tenant OR n:Organization OR n:Subscription
  SET n.changedAt = datetime()
}
DETACH DELETE s
