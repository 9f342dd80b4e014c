// The reseller-of-record customers of partners ($partners: element ids): customers of subscriptions that name the
// partner reseller of record though it has no reseller relationship (SELLS_TO) with them — active on $activeOn when
// $onlyActive. For each partner: how many subscriptions name it at all (from its degree), how many of them are such,
// and at most $perGroup of those with their customer, as [subscription, RESELLER_OF_RECORD, customer, FOR] ids;
// within the caller's scope ($scope).
UNWIND $partners AS eid
MATCH (a:Partner) WHERE elementId(a) = eid
CALL (a) {
  MATCH (a)<-[r:RESELLER_OF_RECORD]-(s:Subscription)-[f:FOR]->(c:Customer)
  WHERE NOT EXISTS {
    MATCH (a)-[x:SELLS_TO]->(c)
    WHERE NOT $onlyActive OR (x.since <= date($activeOn) AND coalesce(x.until > date($activeOn), true))
  }
    AND IN_SCOPE(s:Subscription) AND IN_SCOPE(c:Customer)
  RETURN count(s) AS unsold, collect([elementId(s), elementId(r), elementId(c), elementId(f)])[..$perGroup] AS kept
}
RETURN eid,
       CASE WHEN $scope IS NULL THEN COUNT { (a)<-[:RESELLER_OF_RECORD]-() }
            ELSE COUNT { MATCH (a)<-[:RESELLER_OF_RECORD]-(s:Subscription) WHERE IN_SCOPE(s:Subscription) }
       END AS total, unsold, kept
