// The element id of each entity named by kind and id, for those still in the graph. $refs: [{kind, id}]
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Organization {id: ref.id}) WHERE ref.kind = 'Organization' AND IN_SCOPE(n:Organization) RETURN n
  UNION ALL
  MATCH (n:Partner {id: ref.id}) WHERE ref.kind = 'Partner' AND IN_SCOPE(n:Partner) RETURN n
  UNION ALL
  MATCH (n:Tenant {id: ref.id}) WHERE ref.kind = 'Tenant' AND IN_SCOPE(n:Tenant) RETURN n
  UNION ALL
  MATCH (n:Customer {id: ref.id}) WHERE ref.kind = 'Customer' AND IN_SCOPE(n:Customer) RETURN n
  UNION ALL
  MATCH (n:Subscription {id: ref.id}) WHERE ref.kind = 'Subscription' AND IN_SCOPE(n:Subscription) RETURN n
}
RETURN ref.kind AS kind, ref.id AS id, elementId(n) AS elementId
