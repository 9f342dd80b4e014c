// @id provider-direct-sale
// @title Indirect provider selling without a reseller
// @severity medium
// @clause csp-partner-relationships, "Supported partner transactions in the CSP program", sample scenario 1 (the
//   two supported chains)
// @description A subscription billed by an indirect provider that does not also hold the direct-bill role names no
//   reseller of record. The supported indirect chain always has a reseller between provider and customer; Partner
//   Center lets a distributor create such direct customers, so the case is reported for review.
// @remediation Sell through an indirect reseller that the provider supplies, named as reseller of record.
// @remediation If the account is to bill customers directly, it needs the direct-bill role.
// @subjects provider, subscription
// @partner the provider
// @anchor subscription (s)

WITH date($asOf) AS asOf
// From the few providers over the whole graph: each reads only its billing links (reseller-of-record-not-supplied
// says why).
// @start s:Subscription keep
MATCH (y:IndirectProvider)<-[:BILLED_BY]-(s)
// @end
WHERE NOT y:DirectBill AND s.createdOn <= asOf AND NOT EXISTS { (s)-[:RESELLER_OF_RECORD]->() }
MATCH (s)-[:FOR]->(c:Customer)
OPTIONAL MATCH (y)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(providerRegion:Region)
RETURN [y.id, s.id] AS subjects,
       "Subscription '" + s.id + "' for customer '" + c.name + "' is billed by indirect provider '" + y.name + "' (" +
       coalesce(providerRegion.name, 'no CSP region') + ') with no reseller of record.' AS message,
       [{id: y.id, label: 'Partner', name: y.name}, {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)},
        {id: c.id, label: 'Customer', name: c.name}] AS nodes,
       [{type: 'BILLED_BY', from: s.id, to: y.id}, {type: 'FOR', from: s.id, to: c.id}] AS edges,
       providerRegion.name AS region,
       y.id AS partnerId;
