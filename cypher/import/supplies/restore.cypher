// Undo: puts back the properties of provider -> reseller relationships an import rewrote. $priors: rows of
// prior.cypher.
UNWIND $priors AS prior
MATCH (provider:Partner {id: prior.providerId})-[r:SUPPLIES {since: date(prior.since)}]->(reseller:Partner {id: prior.resellerId})
USING INDEX SEEK provider:Partner(id)
USING INDEX SEEK reseller:Partner(id)
SET r.until = date(prior.props.until), r.state = prior.props.state, r.changedAt = datetime()
