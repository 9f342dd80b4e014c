// Undo: the keys of the admin and support relationships one journaled batch created, found by its tag. $tag.
MATCH (partner:Partner)-[r:MANAGES]->(customer:Customer)
WHERE r.importBatch = $tag
RETURN {partnerId: partner.id, customerId: customer.id, kind: r.kind, since: toString(r.since)} AS key
