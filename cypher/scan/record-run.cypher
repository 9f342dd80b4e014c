// Records one scan run. $run: {id, startedAt, finishedAt, asOf, catalogVersion, ruleIds, ruleFindings, ruleMs, kind,
// regionTable, watermark, total, critical, high, medium, low}: ruleFindings[i] the findings of ruleIds[i] (for the
// trend over runs), ruleMs the time each rule took (the next scan starts the slowest first), kind 'full' or
// 'incremental', regionTable and watermark as scan-start.cypher returned them.
CREATE (run:ScanRun {
  id: $run.id,
  startedAt: datetime($run.startedAt),
  finishedAt: datetime($run.finishedAt),
  asOf: date($run.asOf),
  catalogVersion: $run.catalogVersion,
  ruleIds: $run.ruleIds,
  ruleFindings: $run.ruleFindings,
  ruleMs: $run.ruleMs,
  kind: $run.kind,
  regionTable: $run.regionTable,
  watermark: datetime($run.watermark),
  total: $run.total,
  critical: $run.critical,
  high: $run.high,
  medium: $run.medium,
  low: $run.low
})
RETURN run.id AS id
