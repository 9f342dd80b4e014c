// Severities of the open findings (FINDING_COUNTS_OPEN: open or acknowledged) concerning each entity. $refs:
// [{kind, id}]
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Organization {id: ref.id}) WHERE ref.kind = 'Organization' RETURN n
  UNION ALL
  MATCH (n:Partner {id: ref.id}) WHERE ref.kind = 'Partner' RETURN n
  UNION ALL
  MATCH (n:Tenant {id: ref.id}) WHERE ref.kind = 'Tenant' RETURN n
  UNION ALL
  MATCH (n:Customer {id: ref.id}) WHERE ref.kind = 'Customer' RETURN n
  UNION ALL
  MATCH (n:Subscription {id: ref.id}) WHERE ref.kind = 'Subscription' RETURN n
}
RETURN ref.kind AS kind, ref.id AS id,
       COLLECT {
         MATCH (f:Finding)-[:CONCERNS]->(n)
         WHERE FINDING_COUNTS_OPEN(f) AND FINDING_IN_SCOPE(f)
         RETURN f.severity
       } AS severities
