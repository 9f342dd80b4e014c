// Which of the ids an import refers to (but does not itself hold) are already in the graph, per entity.
// $batch.organizationIds, .tenantIds, .partnerIds, .customerIds: lists of ids.
UNWIND $batch.organizationIds AS id
MATCH (n:Organization {id: id})
USING INDEX SEEK n:Organization(id)
RETURN 'organizations' AS collection, n.id AS id
UNION ALL
UNWIND $batch.tenantIds AS id
MATCH (n:Tenant {id: id})
USING INDEX SEEK n:Tenant(id)
RETURN 'tenants' AS collection, n.id AS id
UNION ALL
UNWIND $batch.partnerIds AS id
MATCH (n:Partner {id: id})
USING INDEX SEEK n:Partner(id)
RETURN 'partners' AS collection, n.id AS id
UNION ALL
UNWIND $batch.customerIds AS id
MATCH (n:Customer {id: id})
USING INDEX SEEK n:Customer(id)
RETURN 'customers' AS collection, n.id AS id
