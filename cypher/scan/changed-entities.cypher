// The entities a change since the previous scan touched (docs/change-tracking.md): those stamped at or after $since,
// the ends of relationship records stamped since then, and, when the as-of date moved, every entity or relationship
// with a date in ($timeFrom, $timeTo] (a comparison with the as-of date can flip only there). An entity written
// itself also touches the entities its own links point to, which were written with it. Each row says how: `type` is
// null for entities changed themselves, else the type of the changed relationship they are an end of (a rule that
// reads no relationship of that type cannot change with it); `aspect` names the part of a partner account of which
// alone a change was stamped ('dates', 'roles'), or in whose dates the interval falls ('dates'): only the rules that
// read that part can change with it. $since
// (datetime text), $timeFrom, $timeTo (dates; equal when the as-of date did not move), $labels: the entity labels, in
// order.
WITH datetime($since) AS since, date($timeFrom) AS lo, date($timeTo) AS hi
CALL (since, lo, hi) {
  MATCH (n:Partner) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Customer) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Tenant) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Organization) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Subscription) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Subscription) WHERE lo < n.createdOn <= hi RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Partner) WHERE n.datesChangedAt >= since RETURN n, false AS own, null AS via, 'dates' AS aspect
  UNION
  MATCH (n:Partner) WHERE n.rolesChangedAt >= since RETURN n, false AS own, null AS via, 'roles' AS aspect
  UNION
  MATCH (n:Partner) WHERE lo < n.mpaSignedOn <= hi RETURN n, false AS own, null AS via, 'dates' AS aspect
  UNION
  MATCH (n:Partner) WHERE lo < n.onboardedOn <= hi RETURN n, false AS own, null AS via, 'dates' AS aspect
  UNION
  MATCH (n:Partner) WHERE lo < n.enrolledOn <= hi RETURN n, false AS own, null AS via, 'dates' AS aspect
  UNION
  MATCH ()-[r:SUPPLIES]->() WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SELLS_TO]->() WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:MANAGES]->() WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:OWNS]->() WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SUPPLIES]->() WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SUPPLIES]->() WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SELLS_TO]->() WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SELLS_TO]->() WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:MANAGES]->() WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:MANAGES]->() WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:OWNS]->() WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
}
CALL (n, own, via, aspect) {
  RETURN n AS entity, via AS type, aspect AS only
  UNION
  MATCH (n)-[r:FOR|BILLED_BY|RESELLER_OF_RECORD|PROVISIONED_ON|ON_TENANT|USES_TENANT|ACCOUNT_OF]->(entity)
  WHERE own
  RETURN entity, type(r) AS type, null AS only
}
WITH DISTINCT entity, type, only
WITH [label IN $labels WHERE label IN labels(entity)][0] AS label, type, only AS aspect, entity.id AS id
WHERE label IS NOT NULL
RETURN label, type, aspect, collect(id) AS ids
