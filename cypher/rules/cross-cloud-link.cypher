// @id cross-cloud-link
// @title Link across separate cloud instances
// @severity low
// @clause Derived from the documentation: work-with-other-partners, "Multi-partner support" and "Multi-channel
//   support", which describe the national clouds as offerings of their own; no clause states this rule verbatim
// @description A relationship (supply, reseller or management) or a subscription links entities whose tenants are in
//   different cloud instances: commercial, US Government, 21Vianet China. National clouds are separate, isolated
//   Partner Center instances with their own accounts and tenants, so such a link points to wrong data or a
//   misplaced account.
// @remediation Keep each relationship and subscription inside one cloud: use the partner's account and tenant in
//   the customer's cloud instance.
// @remediation If a tenant's cloud is recorded wrongly, correct it.
// @subjects from, to | subscription
// @partner the relationship's partner; the subscription's billing partner
// @anchor to (b) | subscription (s)

// Each part starts from a finding's anchor: the entity at the end of the links (a customer or a partner, which has a
// few links into it where the partner at the start may have hundreds of thousands), or the subscription. Over the
// whole graph both find their start points from the few tenants outside the commercial cloud, which every link
// across clouds touches; from anchors, they seek them by id and judge them the same way.
CALL () {
  CALL () {
    // @start b:Customer
    CALL () {
      MATCH (t:Tenant)
      WHERE t.cloud IN ['us-government', 'china-21vianet']
      MATCH (t)<-[:USES_TENANT|ON_TENANT]-()-[link:SELLS_TO|MANAGES]-()
      RETURN DISTINCT endNode(link) AS b
    }
    // @end
    RETURN b
    UNION
    // @start b:Partner
    CALL () {
      MATCH (t:Tenant)
      WHERE t.cloud IN ['us-government', 'china-21vianet']
      MATCH (t)<-[:USES_TENANT]-()-[link:SUPPLIES]-()
      RETURN DISTINCT endNode(link) AS b
    }
    // @end
    RETURN b
  }
  WITH date($asOf) AS asOf, b
  // The links into b whose two ends are on tenants of different clouds, one of them outside the commercial cloud
  // (the relationship types fix the tenants' label, so the planner expands from b instead of scanning a cloud index).
  CALL (asOf, b) {
    MATCH (one)<-[:USES_TENANT|ON_TENANT]-(a)-[link:SUPPLIES|SELLS_TO|MANAGES]->(b)-[:USES_TENANT|ON_TENANT]->(other)
    WHERE link.since <= asOf AND coalesce(link.until > asOf, true)
      AND one.cloud <> other.cloud
      AND (one.cloud IN ['us-government', 'china-21vianet'] OR other.cloud IN ['us-government', 'china-21vianet'])
    WITH DISTINCT a, type(link) AS type
    ORDER BY type
    RETURN a, collect(type) AS types
  }
  MATCH (a)-[:USES_TENANT|ON_TENANT]->(at:Tenant)
  MATCH (b)-[:USES_TENANT|ON_TENANT]->(bt:Tenant)
  WITH a, b, types, at, bt, [at, bt] AS tenants,
       CASE WHEN a:Partner THEN 'Partner' ELSE 'Customer' END AS aLabel,
       CASE WHEN b:Partner THEN 'Partner' ELSE 'Customer' END AS bLabel
  OPTIONAL MATCH (a:Partner)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(partnerRegion:Region)
  RETURN [a.id, b.id] AS subjects,
         aLabel + " '" + a.name + "' (" + at.cloud + " cloud) and " + toLower(bLabel) + " '" + b.name + "' (" +
         bt.cloud + ' cloud) are linked by ' +
         reduce(text = '', type IN types | text + CASE text WHEN '' THEN 'a ' ELSE ' and a ' END +
           CASE type WHEN 'SUPPLIES' THEN 'supply' WHEN 'SELLS_TO' THEN 'reseller' ELSE 'management' END +
           ' relationship') + '.' AS message,
         [{id: a.id, label: aLabel, name: a.name}, {id: b.id, label: bLabel, name: b.name},
          {id: at.id, label: 'Tenant', name: at.id}] +
         CASE WHEN at = bt THEN [] ELSE [{id: bt.id, label: 'Tenant', name: bt.id}] END AS nodes,
         [type IN types | {type: type, from: a.id, to: b.id}] +
         [{type: CASE aLabel WHEN 'Partner' THEN 'USES_TENANT' ELSE 'ON_TENANT' END, from: a.id, to: at.id},
          {type: CASE bLabel WHEN 'Partner' THEN 'USES_TENANT' ELSE 'ON_TENANT' END, from: b.id, to: bt.id}] AS edges,
         partnerRegion.name AS region,
         CASE WHEN a:Partner THEN a.id END AS partnerId
  UNION ALL
  // @start s:Subscription
  CALL () {
    MATCH (t:Tenant)
    WHERE t.cloud IN ['us-government', 'china-21vianet']
    CALL (t) {
      MATCH (t)<-[:PROVISIONED_ON]-(s)
      RETURN s
      UNION
      MATCH (t)<-[:ON_TENANT]-(:Customer)<-[:FOR]-(s)
      RETURN s
      UNION
      MATCH (t)<-[:USES_TENANT]-(:Partner)<-[:BILLED_BY|RESELLER_OF_RECORD]-(s)
      RETURN s
    }
    RETURN DISTINCT s
  }
  // @end
  WITH s
  WHERE s.createdOn <= date($asOf)
  CALL (s) {
    MATCH (s)-[:FOR]->(c:Customer)-[:ON_TENANT]->(ct:Tenant)
    RETURN 1 AS rank, 'customer' AS role, c AS party, 'Customer' AS label, 'FOR' AS type, ct AS tenant
    UNION ALL
    MATCH (s)-[:BILLED_BY]->(b:Partner)-[:USES_TENANT]->(bt:Tenant)
    RETURN 2 AS rank, 'billing partner' AS role, b AS party, 'Partner' AS label, 'BILLED_BY' AS type, bt AS tenant
    UNION ALL
    MATCH (s)-[:RESELLER_OF_RECORD]->(r:Partner)-[:USES_TENANT]->(rt:Tenant)
    RETURN 3 AS rank, 'reseller of record' AS role, r AS party, 'Partner' AS label, 'RESELLER_OF_RECORD' AS type,
           rt AS tenant
    UNION ALL
    MATCH (s)-[:PROVISIONED_ON]->(pt:Tenant)
    RETURN 4 AS rank, 'provisioned on tenant' AS role, pt AS party, 'Tenant' AS label, 'PROVISIONED_ON' AS type,
           pt AS tenant
  }
  WITH s, rank, role, party, label, type, tenant
  ORDER BY rank
  WITH s, collect({role: role, party: party, label: label, type: type, tenant: tenant}) AS parties,
       count(DISTINCT tenant.cloud) AS clouds
  WHERE clouds > 1
  WITH s, parties, [x IN parties WHERE x.type = 'BILLED_BY' | x.party][0] AS billedBy
  OPTIONAL MATCH (billedBy)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(partnerRegion:Region)
  WITH s, parties, billedBy, partnerRegion,
       [{id: s.id, label: 'Subscription', name: coalesce(s.offerName, s.id)}] +
       [x IN parties | {id: x.party.id, label: x.label, name: coalesce(x.party.name, x.party.id)}] +
       [x IN parties WHERE x.label <> 'Tenant' | {id: x.tenant.id, label: 'Tenant', name: x.tenant.id}] AS found,
       [x IN parties | {type: x.type, from: s.id, to: x.party.id}] +
       [x IN parties WHERE x.label <> 'Tenant' |
         {type: CASE x.label WHEN 'Partner' THEN 'USES_TENANT' ELSE 'ON_TENANT' END, from: x.party.id,
          to: x.tenant.id}] AS links
  RETURN [s.id] AS subjects,
         "Subscription '" + s.id + "' links entities in different clouds: " +
         reduce(text = '', x IN parties | text + CASE text WHEN '' THEN '' ELSE ', ' END + x.role + " '" +
           coalesce(x.party.name, x.party.id) + "' (" + x.tenant.cloud + ')') + '.' AS message,
         reduce(seen = [], n IN found | CASE WHEN n IN seen THEN seen ELSE seen + [n] END) AS nodes,
         reduce(seen = [], e IN links | CASE WHEN e IN seen THEN seen ELSE seen + [e] END) AS edges,
         partnerRegion.name AS region,
         billedBy.id AS partnerId
}
RETURN subjects, message, nodes, edges, region, partnerId;
