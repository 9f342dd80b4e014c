// Ends a management relationship on a date. $fromId (partner), $toId (customer), $kind, $since, $until
MATCH (:Partner {id: $fromId})-[r:MANAGES {kind: $kind, since: date($since)}]->(:Customer {id: $toId})
SET r.until = date($until), r.changedAt = datetime()
RETURN r.since AS since, r.until AS until, r.kind AS kind
