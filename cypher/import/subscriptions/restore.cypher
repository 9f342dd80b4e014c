// Undo: puts back the properties and customer, billing partner, tenant and reseller-of-record links subscriptions
// had before an import rewrote them. $priors: rows of prior.cypher.
UNWIND $priors AS prior
MATCH (s:Subscription {id: prior.id})
USING INDEX SEEK s:Subscription(id)
SET s.createdOn = date(prior.props.createdOn), s.status = prior.props.status, s.offerId = prior.props.offerId,
    s.offerName = prior.props.offerName, s.billingType = prior.props.billingType, s.changedAt = datetime()
WITH s, prior
CALL (s) {
  MATCH (s)-[old:FOR|BILLED_BY|PROVISIONED_ON|RESELLER_OF_RECORD]->(other)
  SET other.changedAt = datetime()
  DELETE old
}
CALL (s, prior) {
  UNWIND prior.links.FOR AS id
  MATCH (customer:Customer {id: id})
  USING INDEX SEEK customer:Customer(id)
  CREATE (s)-[:FOR]->(customer)
}
CALL (s, prior) {
  UNWIND prior.links.BILLED_BY AS id
  MATCH (partner:Partner {id: id})
  USING INDEX SEEK partner:Partner(id)
  CREATE (s)-[:BILLED_BY]->(partner)
}
CALL (s, prior) {
  UNWIND prior.links.PROVISIONED_ON AS id
  MATCH (tenant:Tenant {id: id})
  USING INDEX SEEK tenant:Tenant(id)
  CREATE (s)-[:PROVISIONED_ON]->(tenant)
}
CALL (s, prior) {
  UNWIND prior.links.RESELLER_OF_RECORD AS id
  MATCH (partner:Partner {id: id})
  USING INDEX SEEK partner:Partner(id)
  CREATE (s)-[:RESELLER_OF_RECORD]->(partner)
}
