// Findings by key, with their status and triage. $keys
// Instants leave as text: the driver's decoding of a DateTime costs more than the rest of the row.
UNWIND $keys AS key
MATCH (f:Finding {key: key})
WHERE FINDING_IN_SCOPE(f)
RETURN f.key AS key, f.ruleId AS ruleId, f.title AS title, f.severity AS severity, f.message AS message,
       f.subjects AS subjects, f.region AS region, f.partnerId AS partnerId, FINDING_STATUS(f) AS status,
       toString(f.firstSeenAt) AS firstSeenAt, toString(f.lastSeenAt) AS lastSeenAt,
       toString(f.resolvedAt) AS resolvedAt, f.triage AS triage, f.triageReason AS triageReason,
       toString(f.waivedUntil) AS waivedUntil, toString(f.triagedAt) AS triagedAt, f.triagedBy AS triagedBy,
       WAIVER_EXPIRED(f) AS waiverExpired
