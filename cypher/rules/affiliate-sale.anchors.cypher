// The partners whose affiliate-sale findings a change of $touched can alter: the partners touched, the partners
// selling to a touched customer or through a touched subscription, and the partners of every organization linked by
// ownership to a touched one (control runs at most 10 stakes up and 10 down, so 20 either way covers every group).
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
  MATCH (seed:Organization {id: id})-[:OWNS*0..20]-(:Organization)<-[:ACCOUNT_OF]-(p:Partner)
  USING INDEX SEEK seed:Organization(id)
  RETURN p.id AS anchor
}
RETURN anchor;
