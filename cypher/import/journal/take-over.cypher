// A recovery takes an abandoned import over, if nobody touched it since it was found abandoned (same owner, same last
// sign of life); one left writing becomes undoing. Writing (and removing) a property first takes the lock, so the
// check reads the latest state. $id, $seenOwner, $seenHeartbeatAt, $owner, $host, $pid.
MATCH (i:Import {id: $id})
SET i.locked = true
REMOVE i.locked
WITH i
WHERE i.owner = $seenOwner AND toString(i.heartbeatAt) = $seenHeartbeatAt
SET i.owner = $owner, i.host = $host, i.pid = $pid, i.heartbeatAt = datetime(),
    i.state = CASE i.state WHEN 'writing' THEN 'undoing' ELSE i.state END
RETURN i.state AS state
