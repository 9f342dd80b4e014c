// Undo: deletes the ownership stakes an import created. $keys: [{ownerId, ownedId}].
UNWIND $keys AS key
MATCH (owner:Organization {id: key.ownerId})-[r:OWNS]->(owned:Organization {id: key.ownedId})
USING INDEX SEEK owner:Organization(id)
USING INDEX SEEK owned:Organization(id)
SET owner.changedAt = datetime(), owned.changedAt = datetime()
DELETE r
