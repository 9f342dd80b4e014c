// Undo: deletes the customer accounts an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (c:Customer {id: id})
USING INDEX SEEK c:Customer(id)
// A removed entity changes the rules' outcome for its former neighbours (docs/change-tracking.md).
CALL (c) {
  MATCH (c)--(n) WHERE n:Partner OR n:Customer OR n:Tenant OR n:Organization OR n:Subscription
  SET n.changedAt = datetime()
}
DETACH DELETE c
