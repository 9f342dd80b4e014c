// Marks a finding as seen (it still counts as open). $key, $note, $by
MATCH (f:Finding {key: $key})
SET f.triage = 'acknowledged', f.triageReason = $note, f.triagedAt = datetime(), f.triagedBy = $by
REMOVE f.waivedUntil
RETURN f.key AS key
