// The findings a run found, of some of its rules, as stored: what an incremental scan carries over, and for the others
// their digest and how many entities they are linked to, which tell whether finding one again changes it. $runId,
// $ruleIds.
MATCH (run:ScanRun {id: $runId})-[:FOUND]->(f:Finding)
WHERE f.ruleId IN $ruleIds
RETURN f.key AS key, f.ruleId AS ruleId, f.message AS message, f.subjects AS subjects, f.region AS region,
       f.partnerId AS partnerId, f.evidence AS evidence, f.digest AS digest, COUNT { (f)-[:CONCERNS]->() } AS linked
