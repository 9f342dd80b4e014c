// The subscriptions whose reseller-of-record-not-supplied findings a change of $touched can alter: those touched
// (changed, or an end of a changed relationship the rule reads); those for a customer changed itself (its name is in
// the message); those billed by or naming a partner changed itself (its roles, name or country); and those naming as
// reseller of record an end of a changed supply and billed by an end of a changed supply: the rule reads only the
// supplies between a subscription's billing provider and its reseller of record. A new supply of a large provider so
// re-checks the subscriptions of its reseller that this provider bills: not the provider's book, nor the reseller's
// subscriptions billed by other providers.
CALL () {
  UNWIND $touched.Subscription AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.changed.Customer AS id
  MATCH (seed:Customer {id: id})<-[:FOR]-(s:Subscription)
  USING INDEX SEEK seed:Customer(id)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.changed.Partner AS id
  MATCH (seed:Partner {id: id})<-[:BILLED_BY|RESELLER_OF_RECORD]-(s:Subscription)
  USING INDEX SEEK seed:Partner(id)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})<-[:BILLED_BY]-(s:Subscription)
  USING INDEX SEEK seed:Partner(id)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.links.SUPPLIES.Partner AS id
  MATCH (seed:Partner {id: id})<-[:RESELLER_OF_RECORD]-(s:Subscription)-[:BILLED_BY]->(billedBy:Partner)
  USING INDEX SEEK seed:Partner(id)
  WHERE billedBy.id IN $touched.links.SUPPLIES.Partner
  RETURN s.id AS anchor
}
RETURN anchor;
