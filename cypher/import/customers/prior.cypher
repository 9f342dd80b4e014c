// The customer accounts of a batch that are already in the graph, as they are before the batch writes: properties
// and the tenant, country and organization links the import replaces. $batch.rows: as create.cypher.
// same: the record holds exactly what the row says (compared field by field, null only equal to null), so the batch
// leaves it as it is: nothing to write, stamp or undo.
UNWIND $batch.rows AS row
MATCH (c:Customer {id: row.id})
USING INDEX SEEK c:Customer(id)
WITH row, c,
     {
       ON_TENANT: [(c)-[:ON_TENANT]->(tenant) | tenant.id],
       IN_COUNTRY: [(c)-[:IN_COUNTRY]->(country) | country.code],
       ACCOUNT_OF: [(c)-[:ACCOUNT_OF]->(organization) | organization.id]
     } AS links
WITH row, c, links,
     [c.name, c.domain, links.ON_TENANT, links.IN_COUNTRY, links.ACCOUNT_OF] AS held,
     [row.name, row.domain, [row.tenantId], [row.country],
      [id IN [row.organizationId] WHERE id IS NOT NULL]] AS imported
RETURN c.id AS id, c {.name, .domain} AS props, links,
       all(i IN range(0, size(held) - 1)
           WHERE coalesce(held[i] = imported[i], held[i] IS NULL AND imported[i] IS NULL)) AS same
