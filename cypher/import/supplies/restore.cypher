// Undo: puts back the properties of provider -> reseller relationships an import rewrote. $priors: rows of
// prior.cypher.
UNWIND $priors AS prior
MATCH (:Partner {id: prior.providerId})-[r:SUPPLIES {since: date(prior.since)}]->(:Partner {id: prior.resellerId})
SET r.until = date(prior.props.until), r.state = prior.props.state
