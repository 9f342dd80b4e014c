// The tenants of a batch that are already in the graph, as they are before the batch writes: properties and country
// links. $batch.rows: as create.cypher.
// same: the record holds exactly what the row says (compared field by field, null only equal to null), so the batch
// leaves it as it is: nothing to write, stamp or undo.
UNWIND $batch.rows AS row
MATCH (t:Tenant {id: row.id})
USING INDEX SEEK t:Tenant(id)
WITH row, t, {IN_COUNTRY: [(t)-[:IN_COUNTRY]->(country) | country.code]} AS links
WITH row, t, links, [t.kind, t.cloud, links.IN_COUNTRY] AS held, [row.kind, row.cloud, [row.country]] AS imported
RETURN t.id AS id, t {.kind, .cloud} AS props, links,
       all(i IN range(0, size(held) - 1)
           WHERE coalesce(held[i] = imported[i], held[i] IS NULL AND imported[i] IS NULL)) AS same
