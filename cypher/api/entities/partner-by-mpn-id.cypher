// The id of the partner account with a PartnerID. $mpnId
MATCH (p:Partner {mpnId: $mpnId})
WHERE IN_SCOPE(p:Partner)
RETURN p.id AS id
