// Undo: gives partner accounts back the PartnerIDs release-mpn-ids.cypher took off. $priors: rows of
// held-mpn-ids.cypher.
UNWIND $priors AS prior
MATCH (p:Partner {id: prior.id})
USING INDEX SEEK p:Partner(id)
SET p.mpnId = prior.mpnId
