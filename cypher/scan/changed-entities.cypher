// The entities a change since the previous scan touched (docs/change-tracking.md): those stamped at or after $since,
// the ends of relationship records stamped since then, and, when the as-of date moved, every entity or relationship
// with a date in ($timeFrom, $timeTo] (a comparison with the as-of date can flip only there). An entity written
// itself also touches the entities its own links point to, which were written with it. $since (datetime text),
// $timeFrom, $timeTo (dates; equal when the as-of date did not move), $labels: the entity labels, in order.
WITH datetime($since) AS since, date($timeFrom) AS lo, date($timeTo) AS hi
CALL (since, lo, hi) {
  MATCH (n:Partner) WHERE n.changedAt >= since RETURN n, true AS own
  UNION
  MATCH (n:Customer) WHERE n.changedAt >= since RETURN n, true AS own
  UNION
  MATCH (n:Tenant) WHERE n.changedAt >= since RETURN n, true AS own
  UNION
  MATCH (n:Organization) WHERE n.changedAt >= since RETURN n, true AS own
  UNION
  MATCH (n:Subscription) WHERE n.changedAt >= since RETURN n, true AS own
  UNION
  MATCH (n:Subscription) WHERE lo < n.createdOn <= hi RETURN n, true AS own
  UNION
  MATCH (n:Partner) WHERE lo < n.mpaSignedOn <= hi RETURN n, false AS own
  UNION
  MATCH (n:Partner) WHERE lo < n.onboardedOn <= hi RETURN n, false AS own
  UNION
  MATCH (n:Partner) WHERE lo < n.enrolledOn <= hi RETURN n, false AS own
  UNION
  MATCH ()-[r:SUPPLIES]->() WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:SELLS_TO]->() WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:MANAGES]->() WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:OWNS]->() WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:SUPPLIES]->() WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:SUPPLIES]->() WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:SELLS_TO]->() WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:SELLS_TO]->() WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:MANAGES]->() WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:MANAGES]->() WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
  UNION
  MATCH ()-[r:OWNS]->() WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own
}
CALL (n, own) {
  RETURN n AS entity
  UNION
  MATCH (n)-[:FOR|BILLED_BY|RESELLER_OF_RECORD|PROVISIONED_ON|ON_TENANT|USES_TENANT|ACCOUNT_OF]->(entity)
  WHERE own
  RETURN entity
}
WITH DISTINCT entity
WITH [label IN $labels WHERE label IN labels(entity)][0] AS label, entity.id AS id
WHERE label IS NOT NULL
RETURN label, collect(id) AS ids
