// Undo: deletes the provider -> reseller relationships an import created. $keys: [{providerId, resellerId, since}].
UNWIND $keys AS key
MATCH (:Partner {id: key.providerId})-[r:SUPPLIES {since: date(key.since)}]->(:Partner {id: key.resellerId})
DELETE r
