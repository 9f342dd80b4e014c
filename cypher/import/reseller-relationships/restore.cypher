// Undo: puts back the properties of reseller relationships an import rewrote. $priors: rows of prior.cypher.
UNWIND $priors AS prior
MATCH (partner:Partner {id: prior.partnerId})-[r:SELLS_TO {since: date(prior.since)}]->(customer:Customer {id: prior.customerId})
USING INDEX SEEK partner:Partner(id)
USING INDEX SEEK customer:Customer(id)
SET r.until = date(prior.props.until), r.changedAt = datetime()
