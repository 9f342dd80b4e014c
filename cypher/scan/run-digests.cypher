// What a run stored of its findings, of some of its rules: the digest of each one's content and how many entities it
// is linked to, which tell whether finding it again changes it (scan-history.ts). A finding stored without its
// evidence (recorded before scans stored it) has no digest to compare, so it is written again. $runId, $ruleIds.
MATCH (run:ScanRun {id: $runId})-[:FOUND]->(f:Finding)
WHERE f.ruleId IN $ruleIds
RETURN f.key AS key, CASE WHEN f.evidence IS NULL THEN null ELSE f.digest END AS digest, COUNT { (f)-[:CONCERNS]->() } AS linked
