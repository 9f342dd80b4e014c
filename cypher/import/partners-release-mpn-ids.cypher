// Takes the PartnerID off the partners an import rewrites, so that PartnerIDs can move between them within one
// import without tripping the uniqueness constraint; partners.cypher sets them again. $ids: list of partner ids.
UNWIND $ids AS id
MATCH (p:Partner {id: id})
REMOVE p.mpnId
