// The partners whose self-sale findings a change of $touched can alter: the partners touched, the partners selling
// to a touched customer or through a touched subscription, and the partners of a touched organization.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (seed:Customer {id: id})<-[:SELLS_TO]-(p:Partner)
  USING INDEX SEEK seed:Customer(id)
  RETURN p.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (seed:Customer {id: id})<-[:FOR]-(:Subscription)-[:BILLED_BY|RESELLER_OF_RECORD]->(p:Partner)
  USING INDEX SEEK seed:Customer(id)
  RETURN p.id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (seed:Subscription {id: id})-[:BILLED_BY|RESELLER_OF_RECORD]->(p:Partner)
  USING INDEX SEEK seed:Subscription(id)
  RETURN p.id AS anchor
  UNION
  UNWIND $touched.Organization AS id
  MATCH (seed:Organization {id: id})<-[:ACCOUNT_OF]-(p:Partner)
  USING INDEX SEEK seed:Organization(id)
  RETURN p.id AS anchor
}
RETURN anchor;
