// The customers whose reseller-customer-of-own-provider findings a change of $touched can alter: those touched
// (changed, or an end of a changed relationship the rule reads); the customers of a touched subscription; those on a
// touched tenant; those on the tenants of a partner that is an end of a changed supply or tenant link, or that
// changed itself (its roles, name or country); and, for a provider changed itself, those on the tenants of the
// partners it supplies. A new sale or subscription of a large provider so re-checks one customer.
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
  UNWIND $touched.changed.Partner + $touched.links.SUPPLIES.Partner + $touched.links.USES_TENANT.Partner +
         $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})-[:USES_TENANT]->(:Tenant)<-[:ON_TENANT]-(c:Customer)
  USING INDEX SEEK seed:Partner(id)
  RETURN c.id AS anchor
  UNION
  UNWIND $touched.changed.Partner AS id
  MATCH (seed:Partner {id: id})-[:SUPPLIES]->(:Partner)-[:USES_TENANT]->(:Tenant)<-[:ON_TENANT]-(c:Customer)
  USING INDEX SEEK seed:Partner(id)
  RETURN c.id AS anchor
}
RETURN anchor;
