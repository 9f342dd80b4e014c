// The start points whose cross-cloud-link findings a change of $touched can alter.
// Links, anchored at their end: the partners and customers touched (changed, or an end of a changed relationship the
// rule reads: a new link re-checks the entity it points to); the entities on a touched tenant and the ends of their
// links; and the ends of the links of a partner changed itself (its name or country).
// Subscriptions: those touched, those for a customer changed itself (its name, or its tenant: a customer is written
// with its tenant link) or on a touched tenant, those whose customer, billing partner or reseller of record is on a
// touched tenant, and those billed by or recorded for a partner changed itself. A customer touched only as the end
// of a reseller or management relationship leaves its subscriptions alone: their judgement reads the subscription's
// own links and the parties' tenants, and a change of a subscription's links touches the subscription itself.
CALL () {
  UNWIND $touched.Partner + $touched.Customer + $touched.Subscription AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (seed:Tenant {id: id})<-[:USES_TENANT]-(b:Partner)
  USING INDEX SEEK seed:Tenant(id)
  RETURN b.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (seed:Tenant {id: id})<-[:ON_TENANT]-(b:Customer)
  USING INDEX SEEK seed:Tenant(id)
  RETURN b.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (seed:Tenant {id: id})<-[:USES_TENANT]-(:Partner)-[:SUPPLIES|SELLS_TO|MANAGES]->(b)
  USING INDEX SEEK seed:Tenant(id)
  RETURN b.id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})-[:SUPPLIES|SELLS_TO|MANAGES]->(b)
  USING INDEX SEEK seed:Partner(id)
  RETURN b.id AS anchor
  UNION
  UNWIND $touched.changed.Customer AS id
  MATCH (seed:Customer {id: id})<-[:FOR]-(s:Subscription)
  USING INDEX SEEK seed:Customer(id)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})<-[:BILLED_BY|RESELLER_OF_RECORD]-(s:Subscription)
  USING INDEX SEEK seed:Partner(id)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (seed:Tenant {id: id})<-[:PROVISIONED_ON]-(s:Subscription)
  USING INDEX SEEK seed:Tenant(id)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (seed:Tenant {id: id})<-[:ON_TENANT]-(:Customer)<-[:FOR]-(s:Subscription)
  USING INDEX SEEK seed:Tenant(id)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (seed:Tenant {id: id})<-[:USES_TENANT]-(:Partner)<-[:BILLED_BY|RESELLER_OF_RECORD]-(s:Subscription)
  USING INDEX SEEK seed:Tenant(id)
  RETURN s.id AS anchor
}
RETURN anchor;
