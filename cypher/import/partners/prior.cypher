// The partner accounts of a batch that are already in the graph, as they are before the batch writes: properties,
// labels, and the organization, CSP tenant and country links the import replaces. $batch.rows: [{id, ...}].
UNWIND $batch.rows AS row
MATCH (p:Partner {id: row.id})
USING INDEX SEEK p:Partner(id)
RETURN p.id AS id, labels(p) AS labels,
       p {.mpnId, .name, .status, .mpaSignedOn, .onboardedOn, .enrolledOn} AS props,
       {
         ACCOUNT_OF: [(p)-[:ACCOUNT_OF]->(organization) | organization.id],
         USES_TENANT: [(p)-[:USES_TENANT]->(tenant) | tenant.id],
         IN_COUNTRY: [(p)-[:IN_COUNTRY]->(country) | country.code]
       } AS links
