// Undo: the keys of the provider -> reseller relationships one journaled batch created, found by its tag. $batch.
MATCH (provider:Partner)-[r:SUPPLIES]->(reseller:Partner)
WHERE r.importBatch = $batch
RETURN {providerId: provider.id, resellerId: reseller.id, since: toString(r.since)} AS key
