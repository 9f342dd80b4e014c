// @id cross-region-partnership
// @title Provider and reseller in different regions
// @severity critical
// @clause csp-partner-relationships, "Supported partner transactions in the CSP program", sample scenario 8
// @description An active supply relationship links a provider account and a reseller account whose countries lie in
//   different CSP regions. Partners may only establish relationships with partners of their own region.
// @remediation Supply the reseller from a provider account that the distributor holds in the reseller's region.
// @remediation End the relationship and let the reseller work with an indirect provider of its own region.
// @remediation If an account's country is recorded wrongly, correct it.
// @subjects provider, reseller
// @partner the provider
// @anchor reseller (r)

WITH date($asOf) AS asOf
// From the reseller: it has a provider or two, a provider may supply thousands.
MATCH (r:Partner)<-[supply:SUPPLIES]-(y:Partner)
WHERE supply.since <= asOf AND coalesce(supply.until > asOf, true)
// A renewed relationship may have several active records: one finding per pair.
WITH DISTINCT y, r
OPTIONAL MATCH (y)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(providerRegion:Region)
OPTIONAL MATCH (r)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(resellerRegion:Region)
WITH y, r, providerRegion, resellerRegion
WHERE providerRegion IS NULL OR resellerRegion IS NULL OR providerRegion <> resellerRegion
RETURN [y.id, r.id] AS subjects,
       "Provider '" + y.name + "' (" + coalesce(providerRegion.name, 'no CSP region') + ") supplies reseller '" +
       r.name + "' (" + coalesce(resellerRegion.name, 'no CSP region') + '), which is not in its CSP region.' AS message,
       [{id: y.id, label: 'Partner', name: y.name}, {id: r.id, label: 'Partner', name: r.name}] AS nodes,
       [{type: 'SUPPLIES', from: y.id, to: r.id}] AS edges,
       providerRegion.name AS region,
       y.id AS partnerId;
