// Undo: the keys of the provider -> reseller relationships one journaled batch created, found by its tag. $tag.
MATCH (provider:Partner)-[r:SUPPLIES]->(reseller:Partner)
WHERE r.importBatch = $tag
RETURN {providerId: provider.id, resellerId: reseller.id, since: toString(r.since)} AS key
