// @id reseller-customer-of-own-provider
// @title Reseller tenant buying from its own provider
// @severity high
// @clause csp-partner-relationships, "Supported partner transactions in the CSP program", sample scenario 6
// @description A provider sells to a customer account on the very tenant of a reseller account it actively supplies:
//   the tenant is the provider's reseller and its end customer at once. Selling to the customer covers a reseller
//   relationship and billing or recording any of its subscriptions, whichever reseller of record they name.
// @remediation Buy for the organization's own use on a separate tenant set up for that purpose.
// @remediation End the reseller relationship with this provider and become the reseller of another provider; the
//   organization may then buy from this one.
// @remediation Keep the customer relationship with this provider and take the reseller relationship to another
//   provider.
// @subjects provider, reseller, customer
// @partner the reseller
// @anchor customer (c)

WITH date($asOf) AS asOf
// Over the whole graph, the customers on the tenants of the few supplied resellers; from anchors, each customer
// sought by id, judged the same way.
// @start c:Customer
MATCH (:IndirectProvider)-[supply:SUPPLIES]->(supplied:Partner)
WHERE supply.since <= asOf AND coalesce(supply.until > asOf, true)
WITH DISTINCT asOf, supplied
MATCH (supplied)-[:USES_TENANT]->(:Tenant)<-[:ON_TENANT]-(c:Customer)
WITH DISTINCT asOf, c
// @end
MATCH (c)-[:ON_TENANT]->(t:Tenant)<-[:USES_TENANT]-(r:Partner)<-[supply:SUPPLIES]-(y:IndirectProvider)
WHERE supply.since <= asOf AND coalesce(supply.until > asOf, true)
WITH DISTINCT asOf, y, r, t, c
WITH y, r, t, c,
     EXISTS {
       MATCH (y)-[sale:SELLS_TO]->(c)
       WHERE sale.since <= asOf AND coalesce(sale.until > asOf, true)
     } AS resells,
     COLLECT {
       MATCH (c)<-[:FOR]-(s)-[:BILLED_BY]->(y)
       WHERE s.createdOn <= asOf
       RETURN s ORDER BY s.id
     } AS billed,
     COLLECT {
       MATCH (c)<-[:FOR]-(s)-[:RESELLER_OF_RECORD]->(y)
       WHERE s.createdOn <= asOf
       RETURN s ORDER BY s.id
     } AS recorded
WHERE resells OR size(billed) > 0 OR size(recorded) > 0
OPTIONAL MATCH (r)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(resellerRegion:Region)
WITH y, r, t, c, resellerRegion, resells, billed, recorded,
     billed + [s IN recorded WHERE NOT s IN billed] AS subscriptions,
     [way IN [
       CASE WHEN resells THEN 'through a reseller relationship' END,
       CASE WHEN size(billed) = 1 THEN 'as billing partner of 1 subscription'
            WHEN size(billed) > 1 THEN 'as billing partner of ' + toString(size(billed)) + ' subscriptions' END,
       CASE WHEN size(recorded) = 1 THEN 'as reseller of record of 1 subscription'
            WHEN size(recorded) > 1 THEN 'as reseller of record of ' + toString(size(recorded)) + ' subscriptions' END
     ] WHERE way IS NOT NULL] AS ways
RETURN [y.id, r.id, c.id] AS subjects,
       "Provider '" + y.name + "' supplies reseller '" + r.name + "' (" +
       coalesce(resellerRegion.name, 'no CSP region') + ") and sells to customer '" + c.name +
       "' on the reseller's own tenant '" + t.id + "' " +
       CASE size(ways)
         WHEN 1 THEN ways[0]
         WHEN 2 THEN ways[0] + ' and ' + ways[1]
         ELSE ways[0] + ', ' + ways[1] + ' and ' + ways[2]
       END + '.' AS message,
       [{id: y.id, label: 'Partner', name: y.name}, {id: r.id, label: 'Partner', name: r.name},
        {id: t.id, label: 'Tenant', name: t.id}, {id: c.id, label: 'Customer', name: c.name}] +
       [s IN subscriptions | {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)}] AS nodes,
       [{type: 'SUPPLIES', from: y.id, to: r.id}, {type: 'USES_TENANT', from: r.id, to: t.id},
        {type: 'ON_TENANT', from: c.id, to: t.id}] +
       CASE WHEN resells THEN [{type: 'SELLS_TO', from: y.id, to: c.id}] ELSE [] END +
       [s IN billed | {type: 'BILLED_BY', from: s.id, to: y.id}] +
       [s IN recorded | {type: 'RESELLER_OF_RECORD', from: s.id, to: y.id}] +
       [s IN subscriptions | {type: 'FOR', from: s.id, to: c.id}] AS edges,
       resellerRegion.name AS region,
       r.id AS partnerId;
