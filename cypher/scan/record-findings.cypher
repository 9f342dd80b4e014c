// Attaches a batch of findings to a run. A finding is one node per key for its whole life, so triage and history
// follow it from run to run. $runId, $findings: [{key, ruleId, severity, title, message, subjects, region, partnerId}].
MATCH (run:ScanRun {id: $runId})
UNWIND $findings AS f
MERGE (finding:Finding {key: f.key})
  ON CREATE SET finding.ruleId = f.ruleId, finding.firstSeenAt = run.startedAt
SET finding.severity = f.severity,
    finding.title = f.title,
    finding.message = f.message,
    finding.subjects = f.subjects,
    finding.region = f.region,
    finding.partnerId = f.partnerId,
    finding.lastSeenAt = run.startedAt,
    finding.lastRunId = run.id,
    finding.status = 'open'
REMOVE finding.resolvedAt
CREATE (run)-[:FOUND]->(finding)
