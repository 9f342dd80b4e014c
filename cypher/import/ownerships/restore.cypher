// Undo: puts back the properties of ownership stakes an import rewrote. $priors: rows of prior.cypher.
UNWIND $priors AS prior
MATCH (:Organization {id: prior.ownerId})-[r:OWNS]->(:Organization {id: prior.ownedId})
SET r.share = prior.props.share, r.directsManagement = prior.props.directsManagement, r.since = date(prior.props.since)
