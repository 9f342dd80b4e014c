// Findings of the rules this run covered that it no longer found are resolved.
MATCH (run:ScanRun {id: $runId})
MATCH (finding:Finding {status: 'open'})
WHERE finding.ruleId IN run.ruleIds AND NOT (run)-[:FOUND]->(finding)
SET finding.status = 'resolved', finding.resolvedAt = run.startedAt
RETURN count(finding) AS resolved
