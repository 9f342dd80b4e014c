// Undo: puts back the properties and tenant, country and organization links customer accounts had before an import
// rewrote them. $priors: rows of prior.cypher.
UNWIND $priors AS prior
MATCH (c:Customer {id: prior.id})
USING INDEX SEEK c:Customer(id)
SET c.name = prior.props.name, c.domain = prior.props.domain, c.changedAt = datetime()
WITH c, prior
CALL (c) {
  MATCH (c)-[old:ON_TENANT|IN_COUNTRY|ACCOUNT_OF]->(other)
  FOREACH (_ IN CASE WHEN other:Country THEN [] ELSE [1] END | SET other.changedAt = datetime())
  DELETE old
}
CALL (c, prior) {
  UNWIND prior.links.ON_TENANT AS id
  MATCH (tenant:Tenant {id: id})
  USING INDEX SEEK tenant:Tenant(id)
  CREATE (c)-[:ON_TENANT]->(tenant)
}
CALL (c, prior) {
  UNWIND prior.links.IN_COUNTRY AS code
  MATCH (country:Country {code: code})
  USING INDEX SEEK country:Country(code)
  CREATE (c)-[:IN_COUNTRY]->(country)
}
CALL (c, prior) {
  UNWIND prior.links.ACCOUNT_OF AS id
  MATCH (organization:Organization {id: id})
  USING INDEX SEEK organization:Organization(id)
  CREATE (c)-[:ACCOUNT_OF]->(organization)
}
