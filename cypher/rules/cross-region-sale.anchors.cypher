// The customers whose cross-region-sale findings a change of $touched can alter: those touched (changed, or an end
// of a changed relationship the rule reads); the customers of a touched subscription and those on a touched tenant;
// and every customer of a partner changed itself (its name or country). A new sale of a large partner so re-checks
// one customer, not the partner's book.
CALL () {
  UNWIND $touched.Customer AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (seed:Subscription {id: id})-[:FOR]->(c:Customer)
  USING INDEX SEEK seed:Subscription(id)
  RETURN c.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (seed:Tenant {id: id})<-[:ON_TENANT]-(c:Customer)
  USING INDEX SEEK seed:Tenant(id)
  RETURN c.id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})-[:SELLS_TO]->(c:Customer)
  USING INDEX SEEK seed:Partner(id)
  RETURN c.id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})<-[:BILLED_BY|RESELLER_OF_RECORD]-(:Subscription)-[:FOR]->(c:Customer)
  USING INDEX SEEK seed:Partner(id)
  RETURN c.id AS anchor
}
RETURN anchor;
