// The ecosystem at a glance, from aggregates only: each region's indirect providers and direct-bill partners (the
// accounts Microsoft bills), at most $perRegion per region, largest first, with their counts — resellers supplied,
// customers (their own and their resellers'), subscriptions billed, all from relationship degrees — and how many
// accounts the region has beyond those shown. Nothing walks every customer.
MATCH (r:Region)<-[:IN_REGION]-(:Country)<-[:IN_COUNTRY]-(p:Partner)
WHERE (p:IndirectProvider OR p:DirectBill) AND IN_SCOPE(p:Partner)
// A scoped caller counts only what its scope holds; the unscoped counts stay degree reads, and so do the customer
// counts of a provider the scope names: every customer it or a partner it supplies sells to is in its network.
WITH r, p, $scope IS NULL OR p.id IN $scope.providers AS wholeNetwork
CALL (p, wholeNetwork) {
  OPTIONAL MATCH (p)-[:SUPPLIES]->(s:Partner)
  WHERE IN_SCOPE(s:Partner)
  RETURN count(s) AS resellers,
         sum(CASE WHEN wholeNetwork THEN COUNT { (s)-[:SELLS_TO]->() }
                  ELSE COUNT { (s)-[:SELLS_TO]->(sc) WHERE IN_SCOPE(sc:Customer) } END) AS resoldCustomers
}
WITH r, p, resellers, resoldCustomers,
     CASE WHEN wholeNetwork THEN COUNT { (p)-[:SELLS_TO]->() }
          ELSE COUNT { (p)-[:SELLS_TO]->(dc) WHERE IN_SCOPE(dc:Customer) } END AS directCustomers
WITH r, p, resellers, directCustomers, directCustomers + resoldCustomers AS customers,
     CASE WHEN $scope IS NULL THEN COUNT { (p)<-[:BILLED_BY]-() }
          ELSE COUNT { (p)<-[:BILLED_BY]-(bs) WHERE IN_SCOPE(bs:Subscription) } END AS subscriptions
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
