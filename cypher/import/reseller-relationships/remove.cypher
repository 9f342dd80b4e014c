// Undo: deletes the reseller relationships an import created. $keys: [{partnerId, customerId, since}].
UNWIND $keys AS key
MATCH (partner:Partner {id: key.partnerId})-[r:SELLS_TO {since: date(key.since)}]->(customer:Customer {id: key.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
SET partner.changedAt = datetime(), customer.changedAt = datetime()
DELETE r
