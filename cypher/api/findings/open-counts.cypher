// Open findings (FINDING_COUNTS_OPEN: open or acknowledged) counted by rule, region and severity.
MATCH (f:Finding)
WHERE FINDING_COUNTS_OPEN(f) AND FINDING_IN_SCOPE(f)
RETURN f.ruleId AS ruleId, f.region AS region, f.severity AS severity, count(*) AS count
