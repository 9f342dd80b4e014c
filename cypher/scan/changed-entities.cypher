// The entities a change since the previous scan touched (docs/change-tracking.md): those stamped at or after $since,
// the ends of relationship records stamped since then, and, when the as-of date moved, every entity or relationship
// with a date in ($timeFrom, $timeTo] (a comparison with the as-of date can flip only there). An entity written
// itself also touches the entities its own links point to, which were written with it. Each row says how: `type` is
// null for entities changed themselves, else the type of the changed relationship they are an end of (a rule that
// reads no relationship of that type cannot change with it); `aspect` names the part of a partner account of which
// alone a change was stamped ('dates', 'roles'), or in whose dates the interval falls ('dates'): only the rules that
// read that part can change with it. $since
// (datetime text), $timeFrom, $timeTo (dates; equal when the as-of date did not move), $labels: the entity labels, in
// order. Each search names its index, so the plan is the same on any graph and the caller keeps it (keepingPlan).
WITH datetime($since) AS since, date($timeFrom) AS lo, date($timeTo) AS hi
CALL (since, lo, hi) {
  MATCH (n:Partner) USING INDEX n:Partner(changedAt) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Customer) USING INDEX n:Customer(changedAt) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Tenant) USING INDEX n:Tenant(changedAt) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Organization) USING INDEX n:Organization(changedAt) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Subscription) USING INDEX n:Subscription(changedAt) WHERE n.changedAt >= since RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Subscription) USING INDEX n:Subscription(createdOn) WHERE lo < n.createdOn <= hi RETURN n, true AS own, null AS via, null AS aspect
  UNION
  MATCH (n:Partner) USING INDEX n:Partner(datesChangedAt) WHERE n.datesChangedAt >= since RETURN n, false AS own, null AS via, 'dates' AS aspect
  UNION
  MATCH (n:Partner) USING INDEX n:Partner(rolesChangedAt) WHERE n.rolesChangedAt >= since RETURN n, false AS own, null AS via, 'roles' AS aspect
  UNION
  MATCH (n:Partner) USING INDEX n:Partner(mpaSignedOn) WHERE lo < n.mpaSignedOn <= hi RETURN n, false AS own, null AS via, 'dates' AS aspect
  UNION
  MATCH (n:Partner) USING INDEX n:Partner(onboardedOn) WHERE lo < n.onboardedOn <= hi RETURN n, false AS own, null AS via, 'dates' AS aspect
  UNION
  MATCH (n:Partner) USING INDEX n:Partner(enrolledOn) WHERE lo < n.enrolledOn <= hi RETURN n, false AS own, null AS via, 'dates' AS aspect
  UNION
  MATCH ()-[r:SUPPLIES]->() USING INDEX r:SUPPLIES(changedAt) WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SELLS_TO]->() USING INDEX r:SELLS_TO(changedAt) WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:MANAGES]->() USING INDEX r:MANAGES(changedAt) WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:OWNS]->() USING INDEX r:OWNS(changedAt) WHERE r.changedAt >= since UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SUPPLIES]->() USING INDEX r:SUPPLIES(since) WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SUPPLIES]->() USING INDEX r:SUPPLIES(until) WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SELLS_TO]->() USING INDEX r:SELLS_TO(since) WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:SELLS_TO]->() USING INDEX r:SELLS_TO(until) WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:MANAGES]->() USING INDEX r:MANAGES(since) WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:MANAGES]->() USING INDEX r:MANAGES(until) WHERE lo < r.until <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
  UNION
  MATCH ()-[r:OWNS]->() USING INDEX r:OWNS(since) WHERE lo < r.since <= hi UNWIND [startNode(r), endNode(r)] AS n RETURN n, false AS own, type(r) AS via, null AS aspect
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
