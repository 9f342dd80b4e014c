// The providers whose reseller-of-record-not-supplied findings a change of $touched can alter: the partners
// touched, the billing partners of the subscriptions naming a touched partner as reseller of record, and the billing
// partners of a touched subscription or of one for a touched customer.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Partner AS id
  MATCH (:Partner {id: id})<-[:RESELLER_OF_RECORD]-(:Subscription)-[:BILLED_BY]->(y:Partner)
  RETURN y.id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (:Subscription {id: id})-[:BILLED_BY]->(y:Partner)
  RETURN y.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (:Customer {id: id})<-[:FOR]-(:Subscription)-[:BILLED_BY]->(y:Partner)
  RETURN y.id AS anchor
}
RETURN anchor;
