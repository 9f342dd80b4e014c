// The tenants whose csp-tenant-as-customer findings a change of $touched can alter: the tenants touched; the
// tenants a touched partner uses; for a partner changed itself (its roles or country), also the tenants of the
// customers it sells to, bills or is recorded for, or on which it bills a subscription (a new sale or subscription
// reaches them through its customer or subscription end); the tenants of a touched customer and of its
// subscriptions; the tenants of a touched subscription and of its customer.
CALL () {
  UNWIND $touched.Tenant AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Partner AS id
  MATCH (seed:Partner {id: id})-[:USES_TENANT]->(t:Tenant)
  USING INDEX SEEK seed:Partner(id)
  RETURN t.id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})-[:SELLS_TO]->(:Customer)-[:ON_TENANT]->(t:Tenant)
  USING INDEX SEEK seed:Partner(id)
  RETURN t.id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})<-[:BILLED_BY|RESELLER_OF_RECORD]-(:Subscription)-[:FOR]->(:Customer)-[:ON_TENANT]->(t:Tenant)
  USING INDEX SEEK seed:Partner(id)
  RETURN t.id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})<-[:BILLED_BY]-(:Subscription)-[:PROVISIONED_ON]->(t:Tenant)
  USING INDEX SEEK seed:Partner(id)
  RETURN t.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (seed:Customer {id: id})-[:ON_TENANT]->(t:Tenant)
  USING INDEX SEEK seed:Customer(id)
  RETURN t.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (seed:Customer {id: id})<-[:FOR]-(:Subscription)-[:PROVISIONED_ON]->(t:Tenant)
  USING INDEX SEEK seed:Customer(id)
  RETURN t.id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (seed:Subscription {id: id})-[:PROVISIONED_ON]->(t:Tenant)
  USING INDEX SEEK seed:Subscription(id)
  RETURN t.id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (seed:Subscription {id: id})-[:FOR]->(:Customer)-[:ON_TENANT]->(t:Tenant)
  USING INDEX SEEK seed:Subscription(id)
  RETURN t.id AS anchor
}
RETURN anchor;
