// The subscriptions whose provider-direct-sale findings a change of $touched can alter: those touched (changed, or an
// end of a changed relationship the rule reads); those for a customer changed itself (its name is in the message);
// and those billed by a partner changed itself (its roles, name or country).
CALL () {
  UNWIND $touched.Subscription AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.changed.Customer AS id
  MATCH (seed:Customer {id: id})<-[:FOR]-(s:Subscription)
  USING INDEX SEEK seed:Customer(id)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})<-[:BILLED_BY]-(s:Subscription)
  USING INDEX SEEK seed:Partner(id)
  RETURN s.id AS anchor
}
RETURN anchor;
