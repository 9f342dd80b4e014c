// Undo: the keys of the ownership stakes one journaled batch created, found by its tag. $tag.
MATCH (owner:Organization)-[r:OWNS]->(owned:Organization)
WHERE r.importBatch = $tag
RETURN {ownerId: owner.id, ownedId: owned.id} AS key
