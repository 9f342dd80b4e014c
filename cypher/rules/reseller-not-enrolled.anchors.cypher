// The resellers whose reseller-not-enrolled findings a change of $touched can alter: the partners touched, the
// resellers supplied by a partner changed itself, and the resellers of record of a touched subscription or of one for a touched customer.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})-[:SUPPLIES]->(r:Partner)
  USING INDEX SEEK seed:Partner(id)
  RETURN r.id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (seed:Subscription {id: id})-[:RESELLER_OF_RECORD]->(r:Partner)
  USING INDEX SEEK seed:Subscription(id)
  RETURN r.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (seed:Customer {id: id})<-[:FOR]-(:Subscription)-[:RESELLER_OF_RECORD]->(r:Partner)
  USING INDEX SEEK seed:Customer(id)
  RETURN r.id AS anchor
}
RETURN anchor;
