// Scan runs by id, with the run recorded just before each. $ids
UNWIND $ids AS id
MATCH (run:ScanRun {id: id})
CALL (run) {
  OPTIONAL MATCH (before:ScanRun) WHERE before.startedAt < run.startedAt
  RETURN before.id AS previousId ORDER BY before.startedAt DESC LIMIT 1
}
RETURN run.id AS id, run.startedAt AS startedAt, run.finishedAt AS finishedAt, run.asOf AS asOf,
       run.catalogVersion AS catalogVersion, run.ruleIds AS ruleIds,
       coalesce(run.ruleFindings, []) AS ruleFindings, run.total AS total,
       {critical: run.critical, high: run.high, medium: run.medium, low: run.low} AS bySeverity, previousId
