// Waives a finding until an instant, after which it counts as open again. $key, $reason, $until (ISO 8601), $by
MATCH (f:Finding {key: $key})
SET f.triage = 'waived', f.triageReason = $reason, f.waivedUntil = datetime($until), f.triagedAt = datetime(),
    f.triagedBy = $by
RETURN f.key AS key
