// Undo: deletes the customer accounts an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (c:Customer {id: id})
USING INDEX c:Customer(id)
DETACH DELETE c
