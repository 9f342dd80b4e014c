// Undo: deletes the organizations an import created. $keys: [id].
UNWIND $keys AS id
MATCH (o:Organization {id: id})
DETACH DELETE o
