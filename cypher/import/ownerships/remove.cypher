// Undo: deletes the ownership stakes an import created. $keys: [{ownerId, ownedId}].
UNWIND $keys AS key
MATCH (:Organization {id: key.ownerId})-[r:OWNS]->(:Organization {id: key.ownedId})
DELETE r
