// Undo: deletes the tenants an import created, with their links. $keys: [id].
UNWIND $keys AS id
MATCH (t:Tenant {id: id})
USING INDEX t:Tenant(id)
DETACH DELETE t
