// Open findings (found by the latest scan of their rule, and no unexpired waiver) counted by rule, region and
// severity: the same test as violations.cypher.
MATCH (f:Finding {status: 'open'})
WHERE (f.triage IS NULL OR f.triage <> 'waived' OR f.waivedUntil <= datetime()) AND FINDING_IN_SCOPE(f)
RETURN f.ruleId AS ruleId, f.region AS region, f.severity AS severity, count(*) AS count
