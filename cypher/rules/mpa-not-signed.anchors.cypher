// The partners whose mpa-not-signed findings a change of $touched can alter: the partners touched, the providers
// and resellers of a partner changed itself (its name or country is in their messages), and the partners billing or recorded on a touched subscription or one for a touched
// customer.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})-[:SUPPLIES]-(q:Partner)
  USING INDEX SEEK seed:Partner(id)
  RETURN q.id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (seed:Subscription {id: id})-[:BILLED_BY|RESELLER_OF_RECORD]->(p:Partner)
  USING INDEX SEEK seed:Subscription(id)
  RETURN p.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (seed:Customer {id: id})<-[:FOR]-(:Subscription)-[:BILLED_BY|RESELLER_OF_RECORD]->(p:Partner)
  USING INDEX SEEK seed:Customer(id)
  RETURN p.id AS anchor
}
RETURN anchor;
