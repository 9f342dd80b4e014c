// The start points whose cross-cloud-link findings a change of $touched can alter. Links: the partners touched, the
// providers supplying a touched partner or one on a touched tenant, and the partners selling to or managing a
// touched customer or one on a touched tenant. Subscriptions: those touched, and those for a touched customer or
// billed by or recorded for a touched partner, or whose customer, billing partner, reseller of record or
// provisioning tenant is on a touched tenant.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Partner AS id
  MATCH (:Partner {id: id})<-[:SUPPLIES]-(a:Partner)
  RETURN a.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (:Tenant {id: id})<-[:USES_TENANT]-(:Partner)<-[:SUPPLIES]-(a:Partner)
  RETURN a.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (:Tenant {id: id})<-[:USES_TENANT]-(a:Partner)
  RETURN a.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (:Customer {id: id})<-[:SELLS_TO|MANAGES]-(a:Partner)
  RETURN a.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (:Tenant {id: id})<-[:ON_TENANT]-(:Customer)<-[:SELLS_TO|MANAGES]-(a:Partner)
  RETURN a.id AS anchor
  UNION
  UNWIND $touched.Customer AS id
  MATCH (:Customer {id: id})<-[:FOR]-(s:Subscription)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.Partner AS id
  MATCH (:Partner {id: id})<-[:BILLED_BY|RESELLER_OF_RECORD]-(s:Subscription)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (:Tenant {id: id})<-[:PROVISIONED_ON]-(s:Subscription)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (:Tenant {id: id})<-[:ON_TENANT]-(:Customer)<-[:FOR]-(s:Subscription)
  RETURN s.id AS anchor
  UNION
  UNWIND $touched.Tenant AS id
  MATCH (:Tenant {id: id})<-[:USES_TENANT]-(:Partner)<-[:BILLED_BY|RESELLER_OF_RECORD]-(s:Subscription)
  RETURN s.id AS anchor
}
RETURN anchor;
