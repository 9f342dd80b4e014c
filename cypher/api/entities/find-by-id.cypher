// Every entity with an id, whatever its kind (ids are unique per kind only), with its element id. $id
CALL () {
  MATCH (n:Organization {id: $id}) RETURN n, 'Organization' AS kind
  UNION ALL
  MATCH (n:Partner {id: $id}) RETURN n, 'Partner' AS kind
  UNION ALL
  MATCH (n:Tenant {id: $id}) RETURN n, 'Tenant' AS kind
  UNION ALL
  MATCH (n:Customer {id: $id}) RETURN n, 'Customer' AS kind
  UNION ALL
  MATCH (n:Subscription {id: $id}) RETURN n, 'Subscription' AS kind
}
WITH n, kind WHERE IN_SCOPE(n)
RETURN kind, elementId(n) AS elementId
