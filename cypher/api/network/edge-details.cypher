// What the explorer draws for each relationship (element ids): its type, ends, dates and whether it is active on
// $activeOn (only SUPPLIES, SELLS_TO and MANAGES are dated). $ids
UNWIND $ids AS rid
MATCH ()-[r]->() WHERE elementId(r) = rid
WITH r, type(r) IN ['SUPPLIES', 'SELLS_TO', 'MANAGES'] AS dated
RETURN elementId(r) AS elementId, type(r) AS type, elementId(startNode(r)) AS from, elementId(endNode(r)) AS to,
       NOT dated OR (r.since <= date($activeOn) AND (r.until IS NULL OR r.until > date($activeOn))) AS active,
       r.since AS since, r.until AS until, r.kind AS managementKind, r.share AS share
