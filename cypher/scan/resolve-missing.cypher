// Findings of the rules this run covered that it no longer found are resolved (a finding the run found carries the
// run's id as its last run).
MATCH (run:ScanRun {id: $runId})
MATCH (finding:Finding {status: 'open'})
WHERE finding.ruleId IN run.ruleIds AND finding.lastRunId <> run.id
SET finding.status = 'resolved', finding.resolvedAt = run.startedAt
RETURN count(finding) AS resolved
