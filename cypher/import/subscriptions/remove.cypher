// Undo: deletes the subscriptions an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (s:Subscription {id: id})
DETACH DELETE s
