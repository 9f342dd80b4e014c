// @id csp-tenant-as-customer
// @title Customer or subscription on a partner's CSP tenant
// @severity critical
// @clause csp-partner-relationships, "Supported partner transactions in the CSP program", sample scenario 4;
//   work-with-other-partners, "Multi-channel support", the important note on reselling to other CSP partners
// @description A customer account, or a subscription, lives on a tenant used for CSP transactions. What a partner
//   buys for its own use belongs on a customer-type tenant kept for internal use, and a CSP partner may not resell
//   online services to another CSP partner's CSP tenant. Whoever bills the purchase makes no difference: an
//   indirect reseller's tenant buying from its own indirect provider (sample scenario 6) is no exception, and that
//   scenario's options are ways to avoid the finding.
// @remediation Provision what the partner buys for its own use onto a customer-type tenant set up for internal use.
// @remediation Move the customer account to a tenant that is not used for CSP transactions, or end the sale to the
//   partner's CSP tenant.
// @subjects customer, tenant | subscription, tenant
// @partner the partner account using the tenant (the first by id), or null
// @anchor tenant (t) | tenant (t)

// A CSP tenant: declared so, or used by a partner account for its CSP transactions. Over the whole graph they are
// found from the tenant kind and the partners; from anchors, any tenant sought by id is judged by the same test.
// @start t:Tenant
CALL () {
  MATCH (t:Tenant {kind: 'csp'})
  RETURN t
  UNION
  MATCH (:Partner)-[:USES_TENANT]->(t:Tenant)
  RETURN t
}
// @end
WITH t
WHERE t.kind = 'csp' OR EXISTS { (t)<-[:USES_TENANT]-(:Partner) }
WITH date($asOf) AS asOf, t,
     COLLECT { MATCH (t)<-[:USES_TENANT]-(owner:Partner) RETURN owner ORDER BY owner.id } AS owners
WITH asOf, t, owners, owners[0] AS mainOwner
OPTIONAL MATCH (mainOwner)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(ownerRegion:Region)
WITH asOf, t, owners, mainOwner, ownerRegion,
     CASE size(owners)
       WHEN 0 THEN ', a CSP transaction tenant'
       WHEN 1 THEN ", the CSP tenant of partner '" + owners[0].name + "' (" +
                   coalesce(ownerRegion.name, 'no CSP region') + ')'
       ELSE ", the CSP tenant of partners '" +
            reduce(names = owners[0].name, o IN owners[1..] | names + "', '" + o.name) + "'"
     END AS tenantPhrase
CALL (asOf, t, owners, tenantPhrase) {
  MATCH (t)<-[:ON_TENANT]-(c:Customer)
  WITH asOf, t, owners, tenantPhrase, c,
       COLLECT {
         MATCH (q:Partner)-[sale:SELLS_TO]->(c)
         WHERE sale.since <= asOf AND coalesce(sale.until > asOf, true)
         RETURN DISTINCT q ORDER BY q.id
       } AS resellers,
       COLLECT {
         MATCH (c)<-[:FOR]-(s)-[:BILLED_BY]->(b:Partner)
         WHERE s.createdOn <= asOf
         OPTIONAL MATCH (s)-[:RESELLER_OF_RECORD]->(rr:Partner)
         RETURN {subscription: s, billedBy: b, reseller: rr} AS purchase ORDER BY s.id
       } AS purchases
  WITH t, owners, tenantPhrase, c, resellers, purchases, [x IN purchases | x.billedBy] AS billers
  WITH t, owners, tenantPhrase, c, resellers, purchases,
       reduce(seen = [], q IN resellers + billers + [x IN purchases WHERE x.reseller IS NOT NULL | x.reseller] |
         CASE WHEN q IN seen THEN seen ELSE seen + [q] END) AS sellers
  RETURN [c.id, t.id] AS subjects,
         "Customer '" + c.name + "' is on tenant '" + t.id + "'" + tenantPhrase +
         CASE size(sellers)
           WHEN 0 THEN '.'
           ELSE ", and buys from '" + reduce(names = sellers[0].name, q IN sellers[1..] | names + "', '" + q.name) +
                "'."
         END AS message,
         [{id: c.id, label: 'Customer', name: c.name}, {id: t.id, label: 'Tenant', name: t.id}] +
         [o IN owners + [q IN sellers WHERE NOT q IN owners] | {id: o.id, label: 'Partner', name: o.name}] +
         [x IN purchases | {id: x.subscription.id, label: 'Subscription',
                            name: coalesce(x.subscription.offerName, x.subscription.id)}] AS nodes,
         [{type: 'ON_TENANT', from: c.id, to: t.id}] +
         [o IN owners | {type: 'USES_TENANT', from: o.id, to: t.id}] +
         [q IN resellers | {type: 'SELLS_TO', from: q.id, to: c.id}] +
         [x IN purchases | {type: 'FOR', from: x.subscription.id, to: c.id}] +
         [x IN purchases | {type: 'BILLED_BY', from: x.subscription.id, to: x.billedBy.id}] +
         [x IN purchases WHERE x.reseller IS NOT NULL |
           {type: 'RESELLER_OF_RECORD', from: x.subscription.id, to: x.reseller.id}] AS edges
  UNION
  MATCH (t)<-[:PROVISIONED_ON]-(s)-[:FOR]->(c)
  WHERE s.createdOn <= asOf AND NOT EXISTS { (c)-[:ON_TENANT]->(t) }
  MATCH (s)-[:BILLED_BY]->(b:Partner)
  RETURN [s.id, t.id] AS subjects,
         "Subscription '" + s.id + "' of customer '" + c.name + "', billed by '" + b.name +
         "', is provisioned on tenant '" + t.id + "'" + tenantPhrase + '.' AS message,
         [{id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)}, {id: t.id, label: 'Tenant', name: t.id},
          {id: c.id, label: 'Customer', name: c.name}] +
         [o IN owners + CASE WHEN b IN owners THEN [] ELSE [b] END | {id: o.id, label: 'Partner', name: o.name}]
           AS nodes,
         [{type: 'PROVISIONED_ON', from: s.id, to: t.id}, {type: 'FOR', from: s.id, to: c.id},
          {type: 'BILLED_BY', from: s.id, to: b.id}] +
         [o IN owners | {type: 'USES_TENANT', from: o.id, to: t.id}] AS edges
}
RETURN subjects, message, nodes, edges, ownerRegion.name AS region, mainOwner.id AS partnerId;
