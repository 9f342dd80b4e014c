// Undo: deletes the partner accounts an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (p:Partner {id: id})
USING INDEX p:Partner(id)
DETACH DELETE p
