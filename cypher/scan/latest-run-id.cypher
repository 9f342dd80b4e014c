// The id of the most recent recorded run.
MATCH (run:ScanRun)
RETURN run.id AS id
ORDER BY run.startedAt DESC
LIMIT 1
