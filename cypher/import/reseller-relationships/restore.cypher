// Undo: puts back the properties of reseller relationships an import rewrote. $priors: rows of prior.cypher.
UNWIND $priors AS prior
MATCH (:Partner {id: prior.partnerId})-[r:SELLS_TO {since: date(prior.since)}]->(:Customer {id: prior.customerId})
SET r.until = date(prior.props.until)
