// The provider -> reseller relationships of a batch that are already in the graph (same provider, reseller and
// since), with their properties before the batch writes. $batch.rows: [{providerId, resellerId, since, ...}].
UNWIND $batch.rows AS row
MATCH (provider:Partner {id: row.providerId})-[r:SUPPLIES {since: date(row.since)}]->(reseller:Partner {id: row.resellerId})
USING INDEX SEEK provider:Partner(id)
USING INDEX SEEK reseller:Partner(id)
RETURN row.providerId AS providerId, row.resellerId AS resellerId, row.since AS since, r {.until, .state} AS props
