// Attaches a batch of findings to a run. A finding is one node per key for its whole life, so triage and history
// follow it from run to run. Being found costs a FOUND link and the last-seen marks; the content (severity, texts,
// subjects, evidence) is written by write-finding-content.cypher, only for the keys this returns: those whose digest
// changed or part of whose content is missing (its evidence, some CONCERNS links). So a finding still open as it was
// costs no more than its key, digest and link count. $runId, $batch.findings: [{key, ruleId, digest, linked}], linked how
// many evidence entities a finding has CONCERNS links to.
MATCH (run:ScanRun {id: $runId})
UNWIND $batch.findings AS f
MERGE (finding:Finding {key: f.key})
  ON CREATE SET finding.ruleId = f.ruleId, finding.firstSeenAt = run.startedAt
SET finding.lastSeenAt = run.startedAt,
    finding.lastRunId = run.id,
    finding.status = 'open'
REMOVE finding.resolvedAt
CREATE (run)-[:FOUND]->(finding)
WITH finding, f
WHERE finding.digest IS NULL OR finding.digest <> f.digest OR finding.evidence IS NULL
   OR COUNT { (finding)-[:CONCERNS]->() } <> f.linked
RETURN f.key AS key
