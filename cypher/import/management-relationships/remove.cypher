// Undo: deletes the admin and support relationships an import created. $keys: [{partnerId, customerId, kind, since}].
UNWIND $keys AS key
MATCH (partner:Partner {id: key.partnerId})-[r:MANAGES {kind: key.kind, since: date(key.since)}]->(customer:Customer {id: key.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
SET partner.changedAt = datetime(), customer.changedAt = datetime()
DELETE r
