// Rewrites partner accounts already in the graph: properties (an absent value removes it), role labels (a role left
// out removes its label), and the organization, CSP tenant and country links when they changed. $batch.rows: as
// create.cypher.
UNWIND $batch.rows AS row
MATCH (p:Partner {id: row.id})
USING INDEX SEEK p:Partner(id)
MATCH (organization:Organization {id: row.organizationId})
USING INDEX SEEK organization:Organization(id)
MATCH (tenant:Tenant {id: row.tenantId})
USING INDEX SEEK tenant:Tenant(id)
MATCH (country:Country {code: row.country})
USING INDEX SEEK country:Country(code)
// Only a real change stamps the account (docs/change-tracking.md): a change of its dates stamps datesChangedAt, of its
// roles rolesChangedAt, each of which leads only the rules reading that aspect to it; any other change stamps
// changedAt, which leads every rule to what is around it. A record written again as it was stamps nothing.
WITH row, p, organization, tenant, country,
     [coalesce(p.mpnId, ''), p.name, coalesce(p.status, ''), [(p)-[:ACCOUNT_OF]->(o) | o.id],
      [(p)-[:USES_TENANT]->(t) | t.id], [(p)-[:IN_COUNTRY]->(k) | k.code]] =
     [coalesce(row.mpnId, ''), row.name, coalesce(row.status, ''), [organization.id], [tenant.id], [country.code]]
       AS same,
     [p:IndirectProvider, p:IndirectReseller, p:DirectBill] =
     ['indirect-provider' IN row.roles, 'indirect-reseller' IN row.roles, 'direct-bill' IN row.roles] AS sameRoles,
     [coalesce(toString(p.mpaSignedOn), ''), coalesce(toString(p.onboardedOn), ''),
      coalesce(toString(p.enrolledOn), '')] =
     [coalesce(row.mpaSignedOn, ''), coalesce(row.onboardedOn, ''), coalesce(row.enrolledOn, '')] AS sameDates
SET p.mpnId = row.mpnId, p.name = row.name, p.status = row.status, p.mpaSignedOn = date(row.mpaSignedOn),
    p.onboardedOn = date(row.onboardedOn), p.enrolledOn = date(row.enrolledOn),
    p.changedAt = CASE WHEN same THEN p.changedAt ELSE datetime() END,
    p.datesChangedAt = CASE WHEN sameDates THEN p.datesChangedAt ELSE datetime() END,
    p.rolesChangedAt = CASE WHEN sameRoles THEN p.rolesChangedAt ELSE datetime() END
FOREACH (_ IN CASE WHEN 'indirect-provider' IN row.roles THEN [1] ELSE [] END | SET p:IndirectProvider)
FOREACH (_ IN CASE WHEN 'indirect-provider' IN row.roles THEN [] ELSE [1] END | REMOVE p:IndirectProvider)
FOREACH (_ IN CASE WHEN 'indirect-reseller' IN row.roles THEN [1] ELSE [] END | SET p:IndirectReseller)
FOREACH (_ IN CASE WHEN 'indirect-reseller' IN row.roles THEN [] ELSE [1] END | REMOVE p:IndirectReseller)
FOREACH (_ IN CASE WHEN 'direct-bill' IN row.roles THEN [1] ELSE [] END | SET p:DirectBill)
FOREACH (_ IN CASE WHEN 'direct-bill' IN row.roles THEN [] ELSE [1] END | REMOVE p:DirectBill)
WITH p, organization, tenant, country
CALL (p, organization, tenant, country) {
  MATCH (p)-[old:ACCOUNT_OF|USES_TENANT|IN_COUNTRY]->(other)
  WHERE (type(old) = 'ACCOUNT_OF' AND other <> organization) OR (type(old) = 'USES_TENANT' AND other <> tenant)
     OR (type(old) = 'IN_COUNTRY' AND other <> country)
  FOREACH (_ IN CASE WHEN other:Country THEN [] ELSE [1] END | SET other.changedAt = datetime())
  DELETE old
}
MERGE (p)-[:ACCOUNT_OF]->(organization)
MERGE (p)-[:USES_TENANT]->(tenant)
MERGE (p)-[:IN_COUNTRY]->(country)
RETURN count(*) AS written
