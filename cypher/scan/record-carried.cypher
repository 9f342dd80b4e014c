// Attaches to a run the findings an incremental scan carried over from the previous run, and those found again exactly
// as the previous run stored them (the same digest and linked entities): their stored content is theirs as it is
// (record-findings.cypher compares it for the others), and being found again costs a FOUND link and the last-seen
// marks. $runId, $batch.keys: the findings' keys.
MATCH (run:ScanRun {id: $runId})
UNWIND $batch.keys AS key
MATCH (finding:Finding {key: key})
SET finding.lastSeenAt = run.startedAt,
    finding.lastRunId = run.id,
    finding.status = 'open'
REMOVE finding.resolvedAt
CREATE (run)-[:FOUND]->(finding)
RETURN count(finding) AS carried
