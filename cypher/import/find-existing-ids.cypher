// Which of the ids an import refers to (but does not itself hold) are already in the graph, per entity.
// $organizationIds, $tenantIds, $partnerIds, $customerIds: lists of ids.
UNWIND $organizationIds AS id
MATCH (n:Organization {id: id})
RETURN 'organizations' AS collection, n.id AS id
UNION ALL
UNWIND $tenantIds AS id
MATCH (n:Tenant {id: id})
RETURN 'tenants' AS collection, n.id AS id
UNION ALL
UNWIND $partnerIds AS id
MATCH (n:Partner {id: id})
RETURN 'partners' AS collection, n.id AS id
UNION ALL
UNWIND $customerIds AS id
MATCH (n:Customer {id: id})
RETURN 'customers' AS collection, n.id AS id
