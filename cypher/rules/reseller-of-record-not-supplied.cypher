// @id reseller-of-record-not-supplied
// @title Reseller of record not supplied by the billing provider
// @severity high
// @clause csp-partner-relationships, "Supported partner transactions in the CSP program", sample scenario 1
//   (relationship 2: provider, then reseller, then customer)
// @description A subscription billed by an indirect provider names as reseller of record an account that was not an
//   indirect reseller under an active relationship with that provider when the subscription was created, or names
//   the provider itself: the reseller of record is always the reseller, never the provider.
// @remediation Name as reseller of record the indirect reseller that the provider supplied when the subscription
//   was created.
// @remediation Establish the provider-reseller relationship before the reseller's PartnerID is associated with a
//   subscription.
// @remediation Leave the provider's own PartnerID out of the reseller-of-record field.
// @subjects provider, reseller, subscription
// @partner the provider
// @anchor subscription (s)

WITH date($asOf) AS asOf
// From the few providers over the whole graph: each reads only its billing links, where starting from 1,600,000
// subscriptions walked all links of each one twice (measured at 1,000,000 customers: 2 s against 6 s).
// @start s:Subscription keep
MATCH (y:IndirectProvider)<-[:BILLED_BY]-(s)-[:RESELLER_OF_RECORD]->(r)
// @end
WHERE s.createdOn <= asOf
// Each provider-reseller pair's relationships are read once, however many subscriptions the pair has.
WITH y, r, collect(s) AS subscriptions, min(s.createdOn) AS earliest
WITH y, r, subscriptions, earliest,
     COLLECT {
       MATCH (y)-[supply:SUPPLIES]->(r)
       RETURN {since: supply.since, until: supply.until} AS supply
     } AS supplies
// A pair supplied without a break from its first subscription on has none to flag: most pairs, so their
// subscriptions are not looked at one by one.
WHERE r = y OR NOT r:IndirectReseller OR
      none(supply IN supplies WHERE supply.since <= earliest AND coalesce(supply.until > date($asOf), true))
UNWIND subscriptions AS s
WITH y, r, s, supplies
WHERE r = y OR NOT r:IndirectReseller
   OR none(supply IN supplies WHERE supply.since <= s.createdOn AND coalesce(supply.until > s.createdOn, true))
MATCH (s)-[:FOR]->(c:Customer)
OPTIONAL MATCH (y)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(providerRegion:Region)
RETURN [y.id, r.id, s.id] AS subjects,
       "Subscription '" + s.id + "' for customer '" + c.name + "', created on " + toString(s.createdOn) +
       " and billed by provider '" + y.name + "' (" + coalesce(providerRegion.name, 'no CSP region') + '), ' +
       CASE
         WHEN r = y THEN 'names the provider itself as reseller of record.'
         WHEN NOT r:IndirectReseller
           THEN "names '" + r.name + "' as reseller of record, which does not hold the indirect-reseller role."
         WHEN size(supplies) = 0 THEN "names reseller '" + r.name + "' as reseller of record, which '" + y.name +
           "' does not supply."
         ELSE "names reseller '" + r.name + "' as reseller of record, which '" + y.name +
           "' did not supply on that date."
       END AS message,
       [{id: y.id, label: 'Partner', name: y.name}, {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)},
        {id: c.id, label: 'Customer', name: c.name}] +
       CASE WHEN r = y THEN [] ELSE [{id: r.id, label: 'Partner', name: r.name}] END AS nodes,
       [{type: 'BILLED_BY', from: s.id, to: y.id}, {type: 'RESELLER_OF_RECORD', from: s.id, to: r.id},
        {type: 'FOR', from: s.id, to: c.id}] +
       CASE WHEN size(supplies) = 0 THEN [] ELSE [{type: 'SUPPLIES', from: y.id, to: r.id}] END AS edges,
       providerRegion.name AS region,
       y.id AS partnerId;
