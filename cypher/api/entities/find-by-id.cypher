// Every entity with an id, whatever its kind (ids are unique per kind only), with its element id. $id
CALL () {
  MATCH (n:Organization {id: $id}) WHERE IN_SCOPE(n:Organization) RETURN n, 'Organization' AS kind
  UNION ALL
  MATCH (n:Partner {id: $id}) WHERE IN_SCOPE(n:Partner) RETURN n, 'Partner' AS kind
  UNION ALL
  MATCH (n:Tenant {id: $id}) WHERE IN_SCOPE(n:Tenant) RETURN n, 'Tenant' AS kind
  UNION ALL
  MATCH (n:Customer {id: $id}) WHERE IN_SCOPE(n:Customer) RETURN n, 'Customer' AS kind
  UNION ALL
  MATCH (n:Subscription {id: $id}) WHERE IN_SCOPE(n:Subscription) RETURN n, 'Subscription' AS kind
}
RETURN kind, elementId(n) AS elementId
