// Undo: the keys of the reseller relationships one journaled batch created, found by its tag. $tag.
MATCH (partner:Partner)-[r:SELLS_TO]->(customer:Customer)
WHERE r.importBatch = $tag
RETURN {partnerId: partner.id, customerId: customer.id, since: toString(r.since)} AS key
