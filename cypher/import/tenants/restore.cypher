// Undo: puts back the properties and country link tenants had before an import rewrote them. $priors: rows of
// prior.cypher.
UNWIND $priors AS prior
MATCH (t:Tenant {id: prior.id})
USING INDEX SEEK t:Tenant(id)
SET t.kind = prior.props.kind, t.cloud = prior.props.cloud, t.changedAt = datetime()
WITH t, prior
CALL (t) {
  MATCH (t)-[old:IN_COUNTRY]->()
  DELETE old
}
CALL (t, prior) {
  UNWIND prior.links.IN_COUNTRY AS code
  MATCH (country:Country {code: code})
  USING INDEX SEEK country:Country(code)
  CREATE (t)-[:IN_COUNTRY]->(country)
}
