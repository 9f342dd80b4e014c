// The partner accounts of a batch that are already in the graph, as they are before the batch writes: properties,
// labels, and the organization, CSP tenant and country links the import replaces. $batch.rows: as create.cypher.
// same: the record holds exactly what the row says (compared field by field, null only equal to null), so the batch
// leaves it as it is: nothing to write, stamp or undo.
UNWIND $batch.rows AS row
MATCH (p:Partner {id: row.id})
USING INDEX SEEK p:Partner(id)
WITH row, p,
     {
       ACCOUNT_OF: [(p)-[:ACCOUNT_OF]->(organization) | organization.id],
       USES_TENANT: [(p)-[:USES_TENANT]->(tenant) | tenant.id],
       IN_COUNTRY: [(p)-[:IN_COUNTRY]->(country) | country.code]
     } AS links
WITH row, p, links,
     [p.mpnId, p.name, p.status, p.mpaSignedOn, p.onboardedOn, p.enrolledOn, links.ACCOUNT_OF, links.USES_TENANT,
      links.IN_COUNTRY, p:IndirectProvider, p:IndirectReseller, p:DirectBill] AS held,
     [row.mpnId, row.name, row.status, date(row.mpaSignedOn), date(row.onboardedOn), date(row.enrolledOn),
      [row.organizationId], [row.tenantId], [row.country], 'indirect-provider' IN row.roles,
      'indirect-reseller' IN row.roles, 'direct-bill' IN row.roles] AS imported
RETURN p.id AS id, labels(p) AS labels,
       p {.mpnId, .name, .status, .mpaSignedOn, .onboardedOn, .enrolledOn} AS props, links,
       all(i IN range(0, size(held) - 1)
           WHERE coalesce(held[i] = imported[i], held[i] IS NULL AND imported[i] IS NULL)) AS same
