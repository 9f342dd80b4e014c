// Writes the content of findings record-findings.cypher found changed or incomplete. $batch.findings: [{key, digest,
// severity, title, message, subjects, region, partnerId, evidence, entities}]: evidence is the JSON text of the
// finding's evidence (server/scan/stored-evidence.ts), entities the ids and labels of its nodes.
UNWIND $batch.findings AS f
MATCH (finding:Finding {key: f.key})
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
RETURN count(finding) AS written
