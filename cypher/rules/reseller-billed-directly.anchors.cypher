// The resellers whose reseller-billed-directly findings a change of $touched can alter: the partners touched, and the
// billing partners of a touched subscription or of one for a touched customer.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (seed:Subscription {id: id})-[:BILLED_BY]->(p:Partner)
  USING INDEX SEEK seed:Subscription(id)
  RETURN p.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (seed:Customer {id: id})<-[:FOR]-(:Subscription)-[:BILLED_BY]->(p:Partner)
  USING INDEX SEEK seed:Customer(id)
  RETURN p.id AS anchor
}
RETURN anchor;
