// Clears a finding's triage, so it counts as open again. $key
MATCH (f:Finding {key: $key})
REMOVE f.triage, f.triageReason, f.waivedUntil, f.triagedAt, f.triagedBy
RETURN f.key AS key
