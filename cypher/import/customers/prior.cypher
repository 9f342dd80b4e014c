// The customer accounts of a batch that are already in the graph, as they are before the batch writes: properties
// and the tenant, country and organization links the import replaces. $batch.rows: [{id, ...}].
UNWIND $batch.rows AS row
MATCH (c:Customer {id: row.id})
USING INDEX SEEK c:Customer(id)
RETURN c.id AS id, c {.name, .domain} AS props,
       {
         ON_TENANT: [(c)-[:ON_TENANT]->(tenant) | tenant.id],
         IN_COUNTRY: [(c)-[:IN_COUNTRY]->(country) | country.code],
         ACCOUNT_OF: [(c)-[:ACCOUNT_OF]->(organization) | organization.id]
       } AS links
