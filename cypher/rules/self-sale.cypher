// @id self-sale
// @title Partner selling to its own organization
// @severity critical
// @clause csp-partner-relationships, "Supported partner transactions in the CSP program", sample scenario 5
// @description A partner account sells to a customer account of its own organization, that is, to itself as end
//   customer. Organizations are compared, not accounts: an account selling to another account of the same
//   organization in the same region is still a sale to itself.
// @remediation End the sale; the organization buys for its own use from a partner of another organization instead.
// @remediation Provision what the organization buys for its own use onto a customer-type tenant, not its CSP tenant.
// @subjects partner, customer
// @partner the partner
// @anchor partner (p)

WITH date($asOf) AS asOf
MATCH (p:Partner)-[:ACCOUNT_OF]->(o:Organization)<-[:ACCOUNT_OF]-(c:Customer)
WITH p, o, c,
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
WITH p, o, c, partnerRegion, resells, billed, recorded,
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
       c.name + "' of its own organization '" + o.name + "' " +
       CASE size(ways)
         WHEN 1 THEN ways[0]
         WHEN 2 THEN ways[0] + ' and ' + ways[1]
         ELSE ways[0] + ', ' + ways[1] + ' and ' + ways[2]
       END + '.' AS message,
       [{id: p.id, label: 'Partner', name: p.name}, {id: c.id, label: 'Customer', name: c.name},
        {id: o.id, label: 'Organization', name: o.name}] +
       [s IN subscriptions | {id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)}] AS nodes,
       [{type: 'ACCOUNT_OF', from: p.id, to: o.id}, {type: 'ACCOUNT_OF', from: c.id, to: o.id}] +
       CASE WHEN resells THEN [{type: 'SELLS_TO', from: p.id, to: c.id}] ELSE [] END +
       [s IN billed | {type: 'BILLED_BY', from: s.id, to: p.id}] +
       [s IN recorded | {type: 'RESELLER_OF_RECORD', from: s.id, to: p.id}] +
       [s IN subscriptions | {type: 'FOR', from: s.id, to: c.id}] AS edges,
       partnerRegion.name AS region,
       p.id AS partnerId;
