// Ends a reseller relationship with a customer on a date. $fromId (partner), $toId (customer), $since, $until
MATCH (:Partner {id: $fromId})-[r:SELLS_TO {since: date($since)}]->(:Customer {id: $toId})
SET r.until = date($until), r.changedAt = datetime()
RETURN r.since AS since, r.until AS until
