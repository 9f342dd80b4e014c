// Severities of the open findings concerning each entity. A finding is open when the latest scan of its rule found
// it and no unexpired waiver covers it (the same test as findings/page.cypher). $refs: [{kind, id}]
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
         WHERE f.status = 'open' AND (f.triage IS NULL OR f.triage <> 'waived' OR f.waivedUntil <= datetime())
           AND FINDING_IN_SCOPE(f)
         RETURN f.severity
       } AS severities
