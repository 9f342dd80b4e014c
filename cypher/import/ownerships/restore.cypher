// Undo: puts back the properties of ownership stakes an import rewrote. $priors: rows of prior.cypher.
UNWIND $priors AS prior
MATCH (owner:Organization {id: prior.ownerId})-[r:OWNS]->(owned:Organization {id: prior.ownedId})
USING INDEX SEEK owner:Organization(id)
USING INDEX SEEK owned:Organization(id)
SET r.share = prior.props.share, r.directsManagement = prior.props.directsManagement, r.since = date(prior.props.since), r.changedAt = datetime()
