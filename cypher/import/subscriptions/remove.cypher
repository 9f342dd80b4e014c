// Undo: deletes the subscriptions an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (s:Subscription {id: id})
USING INDEX s:Subscription(id)
DETACH DELETE s
