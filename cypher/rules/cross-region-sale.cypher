// @id cross-region-sale
// @title Sale to a customer outside the partner's region
// @severity critical
// @clause csp-partner-relationships, "Supported partner transactions in the CSP program", sample scenario 7, read
//   with the CSP regional markets table
// @description A partner account sells to a customer account whose tenant country lies in another CSP region than
//   the partner account's country. A partner may sell only inside its own regional market; the customer's market is
//   its tenant's country, not its billing address.
// @remediation Serve the customer from a partner account that the same organization holds in the customer's region.
// @remediation Hand the customer and its subscriptions over to a partner of the customer's region.
// @remediation If the tenant's country is recorded wrongly, correct it: only the tenant country decides the market.
// @subjects partner, customer
// @partner the partner
// @anchor customer (c)

// The countries of each CSP region, listed once (a few regions): a customer is then placed by its tenant's country
// alone, without looking up a region for every sale.
WITH date($asOf) AS asOf,
     COLLECT {
       MATCH (region:Region)
       RETURN {region: region, countries: COLLECT { MATCH (region)<-[:IN_REGION]-(country:Country) RETURN country }}
     } AS regions
// From the customer: it has a few partners, a partner may have hundreds of thousands of customers, so a change of one
// sale re-checks one customer.
MATCH (c:Customer)-[:ON_TENANT]->(t)
OPTIONAL MATCH (t)-[:IN_COUNTRY]->(customerCountry)
// Each partner selling to the customer, once, before its region is looked up (the relationship types fix the labels,
// so none is checked on these hot paths).
CALL (asOf, c) {
  MATCH (c)<-[sale:SELLS_TO]-(p)
  WHERE sale.since <= asOf AND (sale.until IS NULL OR sale.until > asOf)
  RETURN p
  UNION
  MATCH (c)<-[:FOR]-(s)-[:BILLED_BY]->(p)
  WHERE s.createdOn <= asOf
  RETURN p
  UNION
  MATCH (c)<-[:FOR]-(s)-[:RESELLER_OF_RECORD]->(p)
  WHERE s.createdOn <= asOf
  RETURN p
}
OPTIONAL MATCH (p)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(partnerRegion:Region)
WITH asOf, p, partnerRegion, c, t, customerCountry
WHERE customerCountry IS NULL OR
      NOT customerCountry IN coalesce([entry IN regions WHERE entry.region = partnerRegion | entry.countries][0], [])
OPTIONAL MATCH (customerCountry:Country)-[:IN_REGION]->(customerRegion:Region)
WITH p, partnerRegion, c, t, customerRegion,
     EXISTS {
       MATCH (p)-[sale:SELLS_TO]->(c)
       WHERE sale.since <= asOf AND (sale.until IS NULL OR sale.until > asOf)
     } AS resells,
     // From the customer: it has a few subscriptions, the partner may bill thousands.
     COLLECT {
       MATCH (c)<-[:FOR]-(s)
       WHERE s.createdOn <= asOf AND (s)-[:BILLED_BY]->(p)
       RETURN s ORDER BY s.id
     } AS billed,
     COLLECT {
       MATCH (c)<-[:FOR]-(s)
       WHERE s.createdOn <= asOf AND (s)-[:RESELLER_OF_RECORD]->(p)
       RETURN s ORDER BY s.id
     } AS recorded
WITH p, partnerRegion, c, t, customerRegion, resells, billed, recorded,
     billed + [s IN recorded WHERE NOT s IN billed] AS subscriptions,
     [way IN [
       CASE WHEN resells THEN 'through a reseller relationship' END,
       CASE WHEN size(billed) = 1 THEN 'as billing partner of 1 subscription'
            WHEN size(billed) > 1 THEN 'as billing partner of ' + toString(size(billed)) + ' subscriptions' END,
       CASE WHEN size(recorded) = 1 THEN 'as reseller of record of 1 subscription'
            WHEN size(recorded) > 1 THEN 'as reseller of record of ' + toString(size(recorded)) + ' subscriptions' END
     ] WHERE way IS NOT NULL] AS ways
RETURN [p.id, c.id] AS subjects,
       "Partner '" + p.name + "' (" + coalesce(partnerRegion.name, 'no CSP region') + ") sells to customer '" +
       c.name + "' (" + coalesce(customerRegion.name, 'no CSP region') + ') ' +
       CASE size(ways)
         WHEN 1 THEN ways[0]
         WHEN 2 THEN ways[0] + ' and ' + ways[1]
         ELSE ways[0] + ', ' + ways[1] + ' and ' + ways[2]
       END + '.' AS message,
       [{id: p.id, label: 'Partner', name: p.name}, {id: c.id, label: 'Customer', name: c.name},
        {id: t.id, label: 'Tenant', name: t.id}] +
       [s IN subscriptions | {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)}] AS nodes,
       [{type: 'ON_TENANT', from: c.id, to: t.id}] +
       CASE WHEN resells THEN [{type: 'SELLS_TO', from: p.id, to: c.id}] ELSE [] END +
       [s IN billed | {type: 'BILLED_BY', from: s.id, to: p.id}] +
       [s IN recorded | {type: 'RESELLER_OF_RECORD', from: s.id, to: p.id}] +
       [s IN subscriptions | {type: 'FOR', from: s.id, to: c.id}] AS edges,
       partnerRegion.name AS region,
       p.id AS partnerId;
