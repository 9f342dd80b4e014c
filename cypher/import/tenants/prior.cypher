// The tenants of a batch that are already in the graph, as they are before the batch writes: properties and country
// links. $batch.rows: [{id, ...}].
UNWIND $batch.rows AS row
MATCH (t:Tenant {id: row.id})
USING INDEX SEEK t:Tenant(id)
RETURN t.id AS id, t {.kind, .cloud} AS props, {IN_COUNTRY: [(t)-[:IN_COUNTRY]->(country) | country.code]} AS links
