// Undo: puts back the properties of admin and support relationships an import rewrote. $priors: rows of
// prior.cypher.
UNWIND $priors AS prior
MATCH (:Partner {id: prior.partnerId})-[r:MANAGES {kind: prior.kind, since: date(prior.since)}]->(:Customer {id: prior.customerId})
SET r.until = date(prior.props.until)
