// The providers whose reseller-customer-of-own-provider findings a change of $touched can alter: the partners
// touched and their providers; the providers supplying a partner on a touched tenant or on the tenant of a touched
// customer; and the partners selling to a touched customer or through a touched subscription.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Partner AS id
  MATCH (:Partner {id: id})<-[:SUPPLIES]-(y:Partner)
  RETURN y.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (:Tenant {id: id})<-[:USES_TENANT]-(:Partner)<-[:SUPPLIES]-(y:Partner)
  RETURN y.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (:Customer {id: id})-[:ON_TENANT]->(:Tenant)<-[:USES_TENANT]-(:Partner)<-[:SUPPLIES]-(y:Partner)
  RETURN y.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (:Customer {id: id})<-[:SELLS_TO]-(y:Partner)
  RETURN y.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (:Customer {id: id})<-[:FOR]-(:Subscription)-[:BILLED_BY|RESELLER_OF_RECORD]->(y:Partner)
  RETURN y.id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (:Subscription {id: id})-[:BILLED_BY|RESELLER_OF_RECORD]->(y:Partner)
  RETURN y.id AS anchor
}
RETURN anchor;
