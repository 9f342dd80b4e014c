// The ecosystem at a glance, from aggregates only: each region's indirect providers and direct-bill partners (the
// accounts Microsoft bills), at most $perRegion per region, largest first, with their counts — resellers supplied,
// customers (their own and their resellers'), subscriptions billed, all from relationship degrees — and how many
// accounts the region has beyond those shown. Nothing walks every customer.
MATCH (r:Region)<-[:IN_REGION]-(:Country)<-[:IN_COUNTRY]-(p:Partner)
WHERE p:IndirectProvider OR p:DirectBill
// Scoped access restricts `p` (the accounts shown and counted) here.
CALL (p) {
  OPTIONAL MATCH (p)-[:SUPPLIES]->(s:Partner)
  RETURN count(s) AS resellers, sum(COUNT { (s)-[:SELLS_TO]->() }) AS resoldCustomers
}
WITH r, p, resellers, COUNT { (p)-[:SELLS_TO]->() } AS directCustomers, resoldCustomers
WITH r, p, resellers, directCustomers, directCustomers + resoldCustomers AS customers,
     COUNT { (p)<-[:BILLED_BY]-() } AS subscriptions
ORDER BY customers DESC, p.name
WITH r, collect({p: p, resellers: resellers, directCustomers: directCustomers, customers: customers,
                 subscriptions: subscriptions}) AS accounts
RETURN r.name AS region, size(accounts) AS accountCount,
       [a IN accounts[..$perRegion] | {
         id: a.p.id, name: a.p.name, country: a.p.country,
         roles: [role IN [CASE WHEN a.p:IndirectProvider THEN 'indirect-provider' END,
                          CASE WHEN a.p:IndirectReseller THEN 'indirect-reseller' END,
                          CASE WHEN a.p:DirectBill THEN 'direct-bill' END] WHERE role IS NOT NULL],
         resellers: a.resellers, directCustomers: a.directCustomers, customers: a.customers,
         subscriptions: a.subscriptions
       }] AS accounts
ORDER BY region
