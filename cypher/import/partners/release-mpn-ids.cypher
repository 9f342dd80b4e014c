// Takes the PartnerID off partner accounts the import rewrites with another one (held-mpn-ids.cypher found them), so
// no uniqueness check trips while PartnerIDs move; partners/update.cypher sets them again. $keys: [partner id].
UNWIND $keys AS id
MATCH (p:Partner {id: id})
USING INDEX SEEK p:Partner(id)
REMOVE p.mpnId
RETURN count(*) AS written
