// @id mpa-not-signed
// @title Transaction without a signed Microsoft Partner Agreement
// @severity high
// @clause csp-partner-relationships, "CSP program requirements: Signing the Microsoft Partner Agreement (MPA)"
// @description A partner account transacts on or after 2020-02-01 (bills a subscription, is its reseller of record,
//   or enters a provider-reseller relationship) while its Microsoft Partner Agreement is unsigned or was signed only
//   after the transaction. The agreement is signed per CSP region, so each partner account is judged on its own.
// @remediation Sign the Microsoft Partner Agreement for this partner account's region before it transacts again.
// @remediation As the provider, associate the reseller's PartnerID with new subscriptions, and take on new business
//   with it, only once it has signed.
// @subjects partner, subscription | partner, provider, reseller
// @partner the partner that has not signed
// @anchor partner (p) | partner (p)

WITH date($asOf) AS asOf, date('2020-02-01') AS requiredFrom
MATCH (p:Partner)
WHERE p.mpaSignedOn IS NULL OR p.mpaSignedOn > requiredFrom
OPTIONAL MATCH (p)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(partnerRegion:Region)
WITH asOf, requiredFrom, p, partnerRegion,
     "Partner '" + p.name + "' (" + coalesce(partnerRegion.name, 'no CSP region') + ')' AS who,
     CASE
       WHEN p.mpaSignedOn IS NULL OR p.mpaSignedOn > asOf THEN 'has not signed the Microsoft Partner Agreement'
       ELSE 'signed the Microsoft Partner Agreement only on ' + toString(p.mpaSignedOn)
     END AS agreement
CALL (asOf, requiredFrom, p, who, agreement) {
  MATCH (p)<-[link:BILLED_BY|RESELLER_OF_RECORD]-(s)
  WHERE requiredFrom <= s.createdOn <= asOf AND (p.mpaSignedOn IS NULL OR p.mpaSignedOn > s.createdOn)
  WITH p, who, agreement, s, collect(type(link)) AS links
  MATCH (s)-[:FOR]->(c:Customer)
  RETURN [p.id, s.id] AS subjects,
         who + ' is ' +
         CASE
           WHEN size(links) = 2 THEN 'the billing partner and reseller of record'
           WHEN links[0] = 'BILLED_BY' THEN 'the billing partner'
           ELSE 'the reseller of record'
         END +
         " of subscription '" + s.id + "' for customer '" + c.name + "', created on " + toString(s.createdOn) +
         ', but ' + agreement + '.' AS message,
         [{id: p.id, label: 'Partner', name: p.name}, {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)},
          {id: c.id, label: 'Customer', name: c.name}] AS nodes,
         [link IN links | {type: link, from: s.id, to: p.id}] + [{type: 'FOR', from: s.id, to: c.id}] AS edges
  UNION ALL
  MATCH (p)-[supply:SUPPLIES]-(:Partner)
  WHERE requiredFrom <= supply.since <= asOf AND (p.mpaSignedOn IS NULL OR p.mpaSignedOn > supply.since)
  // Several records of one pair (a renewed relationship) make one finding, dated by the first of them.
  WITH p, who, agreement, startNode(supply) AS provider, endNode(supply) AS reseller, min(supply.since) AS since
  RETURN [p.id, provider.id, reseller.id] AS subjects,
         who + ' ' +
         CASE
           WHEN p = provider THEN "started supplying reseller '" + reseller.name + "'"
           ELSE "started being supplied by provider '" + provider.name + "'"
         END +
         ' on ' + toString(since) + ', but ' + agreement + '.' AS message,
         [{id: provider.id, label: 'Partner', name: provider.name},
          {id: reseller.id, label: 'Partner', name: reseller.name}] AS nodes,
         [{type: 'SUPPLIES', from: provider.id, to: reseller.id}] AS edges
}
RETURN subjects, message, nodes, edges, partnerRegion.name AS region, p.id AS partnerId;
