// The owner of a running import says it is alive; a recovery leaves an import alone while it does. $id, $owner.
MATCH (i:Import {id: $id})
WHERE i.owner = $owner
SET i.heartbeatAt = datetime()
