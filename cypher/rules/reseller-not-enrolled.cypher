// @id reseller-not-enrolled
// @title Reseller transacting before onboarding and enrollment
// @severity high
// @clause csp-partner-relationships, "CSP program requirements: Signing the Microsoft Partner Agreement (MPA)",
//   the steps an indirect reseller completes before it transacts new business
// @description An indirect reseller is reseller of record of a subscription, or enters a relationship with a
//   provider, before it was onboarded into Partner Center and enrolled as an indirect reseller (or while either
//   step is missing).
// @remediation Onboard the reseller into Partner Center and enroll it as an indirect reseller before it transacts.
// @remediation As the provider, hold new subscriptions and new business with the reseller until both steps are done.
// @remediation If the dates are recorded wrongly, correct the reseller's onboarding and enrollment dates.
// @subjects reseller, subscription | reseller, provider
// @partner the reseller
// @anchor reseller (r) | reseller (r)

WITH date($asOf) AS asOf
MATCH (r:IndirectReseller)
OPTIONAL MATCH (r)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(resellerRegion:Region)
CALL (asOf, r) {
  MATCH (r)<-[:RESELLER_OF_RECORD]-(s)-[:FOR]->(c)
  WHERE s.createdOn <= asOf
    AND (r.onboardedOn IS NULL OR r.enrolledOn IS NULL OR s.createdOn < r.onboardedOn OR s.createdOn < r.enrolledOn)
  RETURN [r.id, s.id] AS subjects, s.createdOn AS dated,
         " is the reseller of record of subscription '" + s.id + "' for customer '" + c.name + "', created on " +
         toString(s.createdOn) AS transaction,
         [{id: r.id, label: 'Partner', name: r.name}, {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)},
          {id: c.id, label: 'Customer', name: c.name}] AS nodes,
         [{type: 'RESELLER_OF_RECORD', from: s.id, to: r.id}, {type: 'FOR', from: s.id, to: c.id}] AS edges
  UNION ALL
  MATCH (y:Partner)-[supply:SUPPLIES]->(r)
  WHERE supply.since <= asOf
    AND (r.onboardedOn IS NULL OR r.enrolledOn IS NULL OR supply.since < r.onboardedOn OR supply.since < r.enrolledOn)
  // Several records of one pair (a renewed relationship) make one finding, dated by the first of them.
  WITH r, y, min(supply.since) AS since
  RETURN [r.id, y.id] AS subjects, since AS dated,
         " started being supplied by provider '" + y.name + "' on " + toString(since) AS transaction,
         [{id: r.id, label: 'Partner', name: r.name}, {id: y.id, label: 'Partner', name: y.name}] AS nodes,
         [{type: 'SUPPLIES', from: y.id, to: r.id}] AS edges
}
WITH asOf, r, resellerRegion, subjects, dated, transaction, nodes, edges,
     [gap IN [
       CASE
         WHEN r.onboardedOn IS NULL OR r.onboardedOn > asOf THEN 'has not been onboarded into Partner Center'
         WHEN r.onboardedOn > dated THEN 'was onboarded into Partner Center only on ' + toString(r.onboardedOn)
       END,
       CASE
         WHEN r.enrolledOn IS NULL OR r.enrolledOn > asOf THEN 'has not been enrolled as an indirect reseller'
         WHEN r.enrolledOn > dated THEN 'was enrolled as an indirect reseller only on ' + toString(r.enrolledOn)
       END
     ] WHERE gap IS NOT NULL] AS gaps
RETURN subjects,
       "Reseller '" + r.name + "' (" + coalesce(resellerRegion.name, 'no CSP region') + ')' + transaction + ', but ' +
       CASE size(gaps) WHEN 1 THEN gaps[0] ELSE gaps[0] + ' and ' + gaps[1] END + '.' AS message,
       nodes, edges, resellerRegion.name AS region, r.id AS partnerId;
