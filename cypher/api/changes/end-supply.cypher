// Ends a provider -> reseller relationship on a date. $fromId (provider), $toId (reseller), $since, $until
MATCH (:Partner {id: $fromId})-[r:SUPPLIES {since: date($since)}]->(:Partner {id: $toId})
SET r.until = date($until), r.changedAt = datetime()
RETURN r.since AS since, r.until AS until, r.state AS state
