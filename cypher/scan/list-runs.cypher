// Scan runs, newest first. $limit.
MATCH (run:ScanRun)
RETURN run.id AS id, toString(run.startedAt) AS startedAt, toString(run.finishedAt) AS finishedAt, run.asOf AS asOf,
       run.catalogVersion AS catalogVersion, run.ruleIds AS ruleIds, coalesce(run.ruleFindings, []) AS ruleFindings, run.total AS total,
       {critical: run.critical, high: run.high, medium: run.medium, low: run.low} AS bySeverity
ORDER BY run.startedAt DESC
LIMIT $limit
