// Creates tenants that are not in the graph yet, each linked to its country. $rows: [{id, country, kind, cloud}].
UNWIND $rows AS row
MATCH (country:Country {code: row.country})
USING INDEX country:Country(code)
CREATE (t:Tenant {id: row.id, kind: row.kind, cloud: row.cloud, changedAt: datetime()})-[:IN_COUNTRY]->(country)
RETURN count(*) AS written
