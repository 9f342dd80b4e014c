// The partner accounts of an import that hold a PartnerID other than the one the import gives them: releasing those
// first lets PartnerIDs move between accounts within one import. $batch.rows: [{id, mpnId}].
UNWIND $batch.rows AS row
MATCH (p:Partner {id: row.id})
USING INDEX SEEK p:Partner(id)
WHERE p.mpnId <> row.mpnId
RETURN p.id AS id, p.mpnId AS mpnId
