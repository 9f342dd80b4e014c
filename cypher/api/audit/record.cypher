// Appends one entry to the audit trail. $entry: {id, actor, actorName, role, action, outcome, target, requestId,
// details (JSON text)}
CREATE (a:AuditEntry {id: $entry.id, at: datetime(), actor: $entry.actor, actorName: $entry.actorName,
                      role: $entry.role, action: $entry.action, outcome: $entry.outcome, target: $entry.target,
                      requestId: $entry.requestId, details: $entry.details})
