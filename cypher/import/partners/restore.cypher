// Undo: puts back the properties, role labels and organization, CSP tenant and country links partner accounts had
// before an import rewrote them. $priors: rows of prior.cypher.
UNWIND $priors AS prior
MATCH (p:Partner {id: prior.id})
USING INDEX SEEK p:Partner(id)
SET p.mpnId = prior.props.mpnId, p.name = prior.props.name, p.status = prior.props.status,
    p.mpaSignedOn = date(prior.props.mpaSignedOn), p.onboardedOn = date(prior.props.onboardedOn),
    p.enrolledOn = date(prior.props.enrolledOn), p.changedAt = datetime()
FOREACH (_ IN CASE WHEN 'IndirectProvider' IN prior.labels THEN [1] ELSE [] END | SET p:IndirectProvider)
FOREACH (_ IN CASE WHEN 'IndirectProvider' IN prior.labels THEN [] ELSE [1] END | REMOVE p:IndirectProvider)
FOREACH (_ IN CASE WHEN 'IndirectReseller' IN prior.labels THEN [1] ELSE [] END | SET p:IndirectReseller)
FOREACH (_ IN CASE WHEN 'IndirectReseller' IN prior.labels THEN [] ELSE [1] END | REMOVE p:IndirectReseller)
FOREACH (_ IN CASE WHEN 'DirectBill' IN prior.labels THEN [1] ELSE [] END | SET p:DirectBill)
FOREACH (_ IN CASE WHEN 'DirectBill' IN prior.labels THEN [] ELSE [1] END | REMOVE p:DirectBill)
WITH p, prior
CALL (p) {
  MATCH (p)-[old:ACCOUNT_OF|USES_TENANT|IN_COUNTRY]->(other)
  FOREACH (_ IN CASE WHEN other:Country THEN [] ELSE [1] END | SET other.changedAt = datetime())
  DELETE old
}
CALL (p, prior) {
  UNWIND prior.links.ACCOUNT_OF AS id
  MATCH (organization:Organization {id: id})
  USING INDEX SEEK organization:Organization(id)
  CREATE (p)-[:ACCOUNT_OF]->(organization)
}
CALL (p, prior) {
  UNWIND prior.links.USES_TENANT AS id
  MATCH (tenant:Tenant {id: id})
  USING INDEX SEEK tenant:Tenant(id)
  CREATE (p)-[:USES_TENANT]->(tenant)
}
CALL (p, prior) {
  UNWIND prior.links.IN_COUNTRY AS code
  MATCH (country:Country {code: code})
  USING INDEX SEEK country:Country(code)
  CREATE (p)-[:IN_COUNTRY]->(country)
}
