// Attaches a batch of findings to a run. A finding is one node per key for its whole life, so triage and history
// follow it from run to run. Its content (severity, texts, subjects, evidence) is rewritten only when its digest
// changed or part of it is missing (its evidence, some CONCERNS links): a finding still open as it was costs a FOUND
// link and its last-seen marks. Returns the keys whose content was written, for the caller to link their evidence
// entities. $runId, $findings: [{key, digest, linked, ruleId, severity, title, message, subjects, region, partnerId,
// evidence, entities}]: evidence is the JSON text of the finding's evidence (server/scan/stored-evidence.ts),
// entities the ids and labels of its nodes, linked how many of those a finding has CONCERNS links to.
MATCH (run:ScanRun {id: $runId})
UNWIND $findings AS f
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
SET finding.digest = f.digest,
    finding.severity = f.severity,
    finding.title = f.title,
    finding.message = f.message,
    finding.subjects = f.subjects,
    finding.region = f.region,
    finding.partnerId = f.partnerId,
    finding.evidence = f.evidence
WITH finding, f
// The evidence of one key can change from run to run (a sale gains a subscription): CONCERNS to an entity the
// latest evidence no longer names go; the caller links the entities it names.
CALL (finding, f) {
  MATCH (finding)-[old:CONCERNS]->(entity)
  WHERE NOT any(node IN f.entities WHERE node.id = entity.id AND node.label IN labels(entity))
  DELETE old
}
RETURN f.key AS key
