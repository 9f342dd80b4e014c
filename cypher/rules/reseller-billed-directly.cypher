// @id reseller-billed-directly
// @title Indirect reseller billed as if it were a direct partner
// @severity high
// @clause csp-partner-relationships, "Types of partner relationships in the CSP program" (indirect resellers) and
//   "Supported partner transactions in the CSP program", sample scenario 1
// @description A partner account whose only role is indirect reseller is the billing partner of a subscription.
//   Indirect resellers have no billing relationship with Microsoft: their sales are billed through an indirect
//   provider, with the reseller named as reseller of record.
// @remediation Bill the subscription through an indirect provider that supplies the reseller, and name the reseller
//   as its reseller of record.
// @remediation If the account is to bill its customers itself, enroll it as a direct-bill partner.
// @subjects reseller, subscription
// @partner the reseller
// @anchor reseller (r)

WITH date($asOf) AS asOf
MATCH (r:IndirectReseller)
WHERE NOT r:DirectBill AND NOT r:IndirectProvider
MATCH (r)<-[:BILLED_BY]-(s:Subscription)-[:FOR]->(c:Customer)
WHERE s.createdOn <= asOf
OPTIONAL MATCH (r)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(resellerRegion:Region)
RETURN [r.id, s.id] AS subjects,
       "Reseller '" + r.name + "' (" + coalesce(resellerRegion.name, 'no CSP region') +
       "), which holds only the indirect-reseller role, is the billing partner of subscription '" + s.id +
       "' for customer '" + c.name + "'." AS message,
       [{id: r.id, label: 'Partner', name: r.name}, {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)},
        {id: c.id, label: 'Customer', name: c.name}] AS nodes,
       [{type: 'BILLED_BY', from: s.id, to: r.id}, {type: 'FOR', from: s.id, to: c.id}] AS edges,
       resellerRegion.name AS region,
       r.id AS partnerId;
