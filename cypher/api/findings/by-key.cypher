// Findings by key, with their status and triage. $keys
UNWIND $keys AS key
MATCH (f:Finding {key: key})
WHERE FINDING_IN_SCOPE(f)
RETURN f.key AS key, f.ruleId AS ruleId, f.title AS title, f.severity AS severity, f.message AS message,
       f.subjects AS subjects, f.region AS region, f.partnerId AS partnerId, FINDING_STATUS(f) AS status,
       f.firstSeenAt AS firstSeenAt, f.lastSeenAt AS lastSeenAt, f.resolvedAt AS resolvedAt, f.triage AS triage,
       f.triageReason AS triageReason, f.waivedUntil AS waivedUntil, f.triagedAt AS triagedAt,
       f.triagedBy AS triagedBy, WAIVER_EXPIRED(f) AS waiverExpired
