// Findings matching a filter: a page of keys (most severe first), the total, and counts per facet value.
// Each filter value is a list, or null for any: $ruleIds, $severities, $regions, $partnerIds, $statuses; $runId
// (null: every recorded finding) keeps those a run found; $skip, $limit.
// Status: resolved when the latest scan of its rule no longer found it; waived while a waiver runs; acknowledged;
// otherwise open (an expired waiver counts as open again).
CALL () {
  MATCH (:ScanRun {id: $runId})-[:FOUND]->(f:Finding)
  RETURN f
  UNION
  MATCH (f:Finding) WHERE $runId IS NULL
  RETURN f
}
WITH f,
     CASE
       WHEN f.status = 'resolved' THEN 'resolved'
       WHEN f.triage = 'waived' AND f.waivedUntil > datetime() THEN 'waived'
       WHEN f.triage = 'acknowledged' THEN 'acknowledged'
       ELSE 'open'
     END AS status
WHERE ($ruleIds IS NULL OR f.ruleId IN $ruleIds)
  AND ($severities IS NULL OR f.severity IN $severities)
  AND ($regions IS NULL OR f.region IN $regions)
  AND ($partnerIds IS NULL OR f.partnerId IN $partnerIds)
  AND ($statuses IS NULL OR status IN $statuses)
WITH f, status
ORDER BY CASE f.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, f.key
WITH collect({key: f.key, rule: f.ruleId, severity: f.severity, region: f.region, partner: f.partnerId,
              status: status}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row.rule AS rule, row.severity AS severity, row.region AS region, row.partner AS partner,
       row.status AS status, count(*) AS count
  RETURN collect({rule: rule, severity: severity, region: region, partner: partner, status: status,
                  count: count}) AS combinations
}
RETURN size(rows) AS total, [row IN rows[$skip..($skip + $limit)] | row.key] AS keys, combinations
