// Sets the until of subscriptions: a snapshot ends them, and undoing it puts the old until back (null removes it).
// $batch.rows: [{id, until}].
UNWIND $batch.rows AS row
MATCH (s:Subscription {id: row.id})
USING INDEX SEEK s:Subscription(id)
SET s.until = date(row.until)
RETURN count(DISTINCT row) AS written
