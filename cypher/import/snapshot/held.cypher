// What a snapshot speaks for: the relationships and subscriptions of the given organizations that are not ended as of
// the snapshot's date, with their keys (as the import format writes them) and their current until. A relationship is
// an organization's when one of its partner or customer accounts is an end; a subscription, when it is for one of its
// customer accounts or billed by one of its partner accounts. $batch.organizationIds, $asOf.
UNWIND $batch.organizationIds AS organizationId
MATCH (:Organization {id: organizationId})<-[:ACCOUNT_OF]-(account)
CALL (account) {
  MATCH (account)-[r:SELLS_TO|MANAGES]-(other)
  WITH r, startNode(r) AS partner, endNode(r) AS customer
  RETURN CASE type(r) WHEN 'SELLS_TO' THEN 'resellerRelationships' ELSE 'managementRelationships' END AS collection,
         {partnerId: partner.id, customerId: customer.id, kind: r.kind, since: toString(r.since)} AS key, r.until AS until
  UNION
  MATCH (account)-[r:SUPPLIES]-(other)
  RETURN 'supplies' AS collection,
         {providerId: startNode(r).id, resellerId: endNode(r).id, since: toString(r.since)} AS key, r.until AS until
  UNION
  MATCH (account)<-[:FOR|BILLED_BY]-(s:Subscription)
  RETURN 'subscriptions' AS collection, {id: s.id} AS key, s.until AS until
}
WITH DISTINCT collection, key, until
WHERE until IS NULL OR until > date($asOf)
RETURN collection, key, toString(until) AS until
