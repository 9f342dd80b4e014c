// Undo: deletes the organizations an import created. $keys: [id].
UNWIND $keys AS id
MATCH (o:Organization {id: id})
USING INDEX o:Organization(id)
DETACH DELETE o
