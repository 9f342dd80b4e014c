// Undo: puts back the properties organizations had before an import rewrote them. $priors: rows of prior.cypher.
UNWIND $priors AS prior
MATCH (o:Organization {id: prior.id})
USING INDEX SEEK o:Organization(id)
SET o.name = prior.props.name, o.country = prior.props.country, o.changedAt = datetime()
