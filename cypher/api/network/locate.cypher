// The element id of each entity named by kind and id, for those still in the graph. $refs: [{kind, id}]
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
WITH ref, n WHERE IN_SCOPE(n)
RETURN ref.kind AS kind, ref.id AS id, elementId(n) AS elementId
