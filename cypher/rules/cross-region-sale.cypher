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

WITH date($asOf) AS asOf
// From the customer: it has a few partners, a partner may have hundreds of thousands of customers, so a change of one
// sale re-checks one customer.
MATCH (c:Customer)-[:ON_TENANT]->(t)
OPTIONAL MATCH (t)-[:IN_COUNTRY]->(customerCountry)
// Each partner selling to the customer, once (the relationship types fix the labels, so none is checked on these hot
// paths; a subscription's two partners come from one expansion).
CALL (asOf, c) {
  MATCH (c)<-[sale:SELLS_TO]-(p)
  WHERE sale.since <= asOf AND coalesce(sale.until > asOf, true)
  RETURN p
  UNION
  MATCH (c)<-[:FOR]-(s)
  WHERE s.createdOn <= asOf
  MATCH (s)-[:BILLED_BY|RESELLER_OF_RECORD]->(p)
  RETURN p
}
// Whether a sale crosses regions depends only on the partner and the customer's country, so the regions are looked
// up once per such pair, not once per sale: a partner holds many relationships, and reaching its country costs several
// reads each time (measured at 1,000,000 customers: 157,001 pairs for 1,946,810 sales, the rule 40% faster).
WITH p, customerCountry, collect([c, t]) AS sales
OPTIONAL MATCH (p)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(partnerRegion:Region)
OPTIONAL MATCH (customerCountry)-[:IN_REGION]->(customerRegion:Region)
WITH p, partnerRegion, customerRegion, sales
WHERE partnerRegion IS NULL OR customerRegion IS NULL OR partnerRegion <> customerRegion
UNWIND sales AS sale
WITH date($asOf) AS asOf, p, partnerRegion, sale[0] AS c, sale[1] AS t, customerRegion
WITH p, partnerRegion, c, t, customerRegion,
     EXISTS {
       MATCH (p)-[sale:SELLS_TO]->(c)
       WHERE sale.since <= asOf AND coalesce(sale.until > asOf, true)
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
