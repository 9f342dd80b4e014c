// Moves an import on to its next state, if the caller still owns it in the expected one. Writing (and removing) a
// property first takes the lock, so the check reads the latest state even when a recovery tries to take the import
// over at the same time. $id, $owner, $from, $to.
MATCH (i:Import {id: $id})
SET i.locked = true
REMOVE i.locked
WITH i
WHERE i.owner = $owner AND i.state = $from
SET i.state = $to, i.heartbeatAt = datetime()
RETURN i.state AS state
