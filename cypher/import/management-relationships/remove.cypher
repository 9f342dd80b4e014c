// Undo: deletes the admin and support relationships an import created. $keys: [{partnerId, customerId, kind, since}].
UNWIND $keys AS key
MATCH (:Partner {id: key.partnerId})-[r:MANAGES {kind: key.kind, since: date(key.since)}]->(:Customer {id: key.customerId})
DELETE r
