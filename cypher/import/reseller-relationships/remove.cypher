// Undo: deletes the reseller relationships an import created. $keys: [{partnerId, customerId, since}].
UNWIND $keys AS key
MATCH (:Partner {id: key.partnerId})-[r:SELLS_TO {since: date(key.since)}]->(:Customer {id: key.customerId})
DELETE r
