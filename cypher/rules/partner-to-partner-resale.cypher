// @id partner-to-partner-resale
// @title Resale between CSP partners outside the two-tier model
// @severity critical
// @clause work-with-other-partners, "Multi-channel support", the important note on reselling to other CSP partners;
//   csp-partner-relationships, sample scenario 1 (the two supported chains)
// @description An active supply relationship links two partner accounts other than an indirect provider supplying an
//   indirect reseller: a reseller supplying a reseller, a direct-bill partner supplying a reseller, a provider
//   supplying a provider, a reseller supplying a provider. A CSP partner may not resell online services to another.
// @remediation End the relationship: only an indirect provider may supply an indirect reseller.
// @remediation Let the downstream partner buy from an indirect provider as its indirect reseller, or enroll as a
//   direct-bill partner.
// @subjects supplier, reseller
// @partner the supplier
// @anchor reseller (z)

WITH date($asOf) AS asOf
// From the supplied partner: it has a supplier or two, a supplier may supply thousands.
MATCH (z:Partner)<-[supply:SUPPLIES]-(x:Partner)
WHERE supply.since <= asOf AND coalesce(supply.until > asOf, true)
  AND NOT (x:IndirectProvider AND z:IndirectReseller)
// A renewed relationship may have several active records: one finding per pair.
WITH DISTINCT x, z
OPTIONAL MATCH (x)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(supplierRegion:Region)
WITH x, z, supplierRegion,
     [role IN [
       CASE WHEN x:IndirectProvider THEN 'an indirect provider' END,
       CASE WHEN x:IndirectReseller THEN 'an indirect reseller' END,
       CASE WHEN x:DirectBill THEN 'a direct-bill partner' END
     ] WHERE role IS NOT NULL] AS supplierRoles,
     [role IN [
       CASE WHEN z:IndirectProvider THEN 'an indirect provider' END,
       CASE WHEN z:IndirectReseller THEN 'an indirect reseller' END,
       CASE WHEN z:DirectBill THEN 'a direct-bill partner' END
     ] WHERE role IS NOT NULL] AS resellerRoles
RETURN [x.id, z.id] AS subjects,
       "Partner '" + x.name + "' (" + coalesce(supplierRegion.name, 'no CSP region') + '), ' +
       coalesce(reduce(text = supplierRoles[0], role IN supplierRoles[1..] | text + ' and ' + role), 'without a role') +
       ", supplies partner '" + z.name + "', " +
       coalesce(reduce(text = resellerRoles[0], role IN resellerRoles[1..] | text + ' and ' + role), 'without a role') +
       ', although only an indirect provider may supply an indirect reseller.' AS message,
       [{id: x.id, label: 'Partner', name: x.name}, {id: z.id, label: 'Partner', name: z.name}] AS nodes,
       [{type: 'SUPPLIES', from: x.id, to: z.id}] AS edges,
       supplierRegion.name AS region,
       x.id AS partnerId;
