// The id of the partner account with a PartnerID. $mpnId
MATCH (p:Partner {mpnId: $mpnId})
RETURN p.id AS id
