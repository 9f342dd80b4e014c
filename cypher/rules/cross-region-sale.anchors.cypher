// The partners whose cross-region-sale findings a change of $touched can alter: the partners touched, and the
// partners selling to a touched customer, to a customer on a touched tenant, or through a touched subscription.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (:Subscription {id: id})-[:BILLED_BY|RESELLER_OF_RECORD]->(p:Partner)
  RETURN p.id AS anchor
  UNION
  CALL () {
    UNWIND $touched.Customer AS id
    MATCH (c:Customer {id: id})
    RETURN c
    UNION
    UNWIND $touched.Tenant AS id
    MATCH (:Tenant {id: id})<-[:ON_TENANT]-(c:Customer)
    RETURN c
  }
  CALL (c) {
    MATCH (c)<-[:SELLS_TO]-(p:Partner)
    RETURN p
    UNION
    MATCH (c)<-[:FOR]-(:Subscription)-[:BILLED_BY|RESELLER_OF_RECORD]->(p:Partner)
    RETURN p
  }
  RETURN p.id AS anchor
}
RETURN anchor;
