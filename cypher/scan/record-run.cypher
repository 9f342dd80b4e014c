// Records one scan run. $run: {id, startedAt, finishedAt, asOf, catalogVersion, ruleIds, ruleFindings, total, critical, high, medium, low}
// (ruleFindings[i]: the findings of ruleIds[i], for the trend over runs).
CREATE (run:ScanRun {
  id: $run.id,
  startedAt: datetime($run.startedAt),
  finishedAt: datetime($run.finishedAt),
  asOf: date($run.asOf),
  catalogVersion: $run.catalogVersion,
  ruleIds: $run.ruleIds,
  ruleFindings: $run.ruleFindings,
  total: $run.total,
  critical: $run.critical,
  high: $run.high,
  medium: $run.medium,
  low: $run.low
})
RETURN run.id AS id
