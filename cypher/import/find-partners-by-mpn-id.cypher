// The partner accounts in the graph that already hold one of the given PartnerIDs. $batch.mpnIds: list of strings.
UNWIND $batch.mpnIds AS mpnId
MATCH (p:Partner {mpnId: mpnId})
USING INDEX SEEK p:Partner(mpnId)
RETURN p.mpnId AS mpnId, p.id AS id
