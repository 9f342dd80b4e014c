// @id affiliate-sale
// @title Partner selling to an affiliate organization
// @severity critical
// @clause csp-partner-relationships, "Supported partner transactions in the CSP program", sample scenario 5
//   (affiliates, with control as the Microsoft Partner Agreement defines it)
// @description A partner account sells to a customer account of an affiliate of its organization: one organization
//   controls the other, or a third one controls both. Control is a stake above half of the equity or the right to
//   direct management, and it passes down a chain of controlled organizations.
// @remediation End the sale; the affiliate buys from a partner outside the group instead.
// @remediation If the ownership data is wrong, correct it: a stake of half or less without the right to direct
//   management is not control.
// @subjects partner, customer
// @partner the partner
// @anchor partner (p)

WITH date($asOf) AS asOf
MATCH (p:Partner)-[:ACCOUNT_OF]->(own:Organization)
// Every organization under the same control as the partner's own: walk up the control chain, then down again.
CALL (own) {
  MATCH up = (top:Organization)-[:OWNS*0..10]->(own)
  WHERE all(stake IN relationships(up) WHERE stake.share > 0.5 OR stake.directsManagement = true)
  MATCH down = (top)-[:OWNS*0..10]->(affiliate:Organization)
  WHERE affiliate <> own
    AND all(stake IN relationships(down) WHERE stake.share > 0.5 OR stake.directsManagement = true)
  RETURN affiliate,
         collect(top) AS tops,
         reduce(chain = [], path IN collect(nodes(up) + nodes(down)) | chain + path) AS chainOrganizations,
         reduce(chain = [], path IN collect(relationships(up) + relationships(down)) | chain + path) AS chainStakes
}
MATCH (affiliate)<-[:ACCOUNT_OF]-(c:Customer)
WITH p, own, affiliate, tops, chainOrganizations, chainStakes, c,
     EXISTS {
       MATCH (p)-[sale:SELLS_TO]->(c)
       WHERE sale.since <= asOf AND coalesce(sale.until > asOf, true)
     } AS resells,
     COLLECT {
       MATCH (c)<-[:FOR]-(s)-[:BILLED_BY]->(p)
       WHERE s.createdOn <= asOf
       RETURN s ORDER BY s.id
     } AS billed,
     COLLECT {
       MATCH (c)<-[:FOR]-(s)-[:RESELLER_OF_RECORD]->(p)
       WHERE s.createdOn <= asOf
       RETURN s ORDER BY s.id
     } AS recorded
WHERE resells OR size(billed) > 0 OR size(recorded) > 0
OPTIONAL MATCH (p)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(partnerRegion:Region)
WITH p, own, affiliate, tops, c, partnerRegion, resells, billed, recorded,
     reduce(seen = [], o IN chainOrganizations | CASE WHEN o IN seen THEN seen ELSE seen + [o] END) AS organizations,
     reduce(seen = [], r IN chainStakes | CASE WHEN r IN seen THEN seen ELSE seen + [r] END) AS stakes,
     billed + [s IN recorded WHERE NOT s IN billed] AS subscriptions,
     [way IN [
       CASE WHEN resells THEN 'through a reseller relationship' END,
       CASE WHEN size(billed) = 1 THEN 'as billing partner of 1 subscription'
            WHEN size(billed) > 1 THEN 'as billing partner of ' + toString(size(billed)) + ' subscriptions' END,
       CASE WHEN size(recorded) = 1 THEN 'as reseller of record of 1 subscription'
            WHEN size(recorded) > 1 THEN 'as reseller of record of ' + toString(size(recorded)) + ' subscriptions' END
     ] WHERE way IS NOT NULL] AS ways
RETURN [p.id, c.id] AS subjects,
       "Partner '" + p.name + "' (" + coalesce(partnerRegion.name, 'no CSP region') + ") of organization '" + own.name +
       "' sells to customer '" + c.name + "' of affiliate organization '" + affiliate.name + "', " +
       CASE
         WHEN own IN tops THEN "which '" + own.name + "' controls, "
         WHEN affiliate IN tops THEN "which controls '" + own.name + "', "
         ELSE "which '" + tops[0].name + "' controls together with '" + own.name + "', "
       END +
       CASE size(ways)
         WHEN 1 THEN ways[0]
         WHEN 2 THEN ways[0] + ' and ' + ways[1]
         ELSE ways[0] + ', ' + ways[1] + ' and ' + ways[2]
       END + '.' AS message,
       [{id: p.id, label: 'Partner', name: p.name}, {id: c.id, label: 'Customer', name: c.name}] +
       [o IN organizations | {id: o.id, label: 'Organization', name: o.name}] +
       [s IN subscriptions | {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)}] AS nodes,
       [{type: 'ACCOUNT_OF', from: p.id, to: own.id}, {type: 'ACCOUNT_OF', from: c.id, to: affiliate.id}] +
       [r IN stakes | {type: 'OWNS', from: startNode(r).id, to: endNode(r).id}] +
       CASE WHEN resells THEN [{type: 'SELLS_TO', from: p.id, to: c.id}] ELSE [] END +
       [s IN billed | {type: 'BILLED_BY', from: s.id, to: p.id}] +
       [s IN recorded | {type: 'RESELLER_OF_RECORD', from: s.id, to: p.id}] +
       [s IN subscriptions | {type: 'FOR', from: s.id, to: c.id}] AS edges,
       partnerRegion.name AS region,
       p.id AS partnerId;
