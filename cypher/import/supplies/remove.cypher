// Undo: deletes the provider -> reseller relationships an import created. $keys: [{providerId, resellerId, since}].
UNWIND $keys AS key
MATCH (provider:Partner {id: key.providerId})-[r:SUPPLIES {since: date(key.since)}]->(reseller:Partner {id: key.resellerId})
USING INDEX SEEK provider:Partner(id)
USING INDEX SEEK reseller:Partner(id)
SET provider.changedAt = datetime(), reseller.changedAt = datetime()
DELETE r
