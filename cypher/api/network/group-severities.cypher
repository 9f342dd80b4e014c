// The severities of the open findings concerning members of groups (neighbours of a hub over one relationship type
// and direction, of one kind), met from the findings' side so the cost follows the open findings, not the size of
// the groups. Each branch (written in place of the line BRANCHES by server/api/data/network.ts, one per relationship
// type, direction and kind among the groups, from the model's allowlist) follows only its own relationship type
// from the member, so an account with many relationships of other kinds (a provider's billed subscriptions) costs
// nothing here. $hubs: a map from each hub's element id to true. Open: the same test as entities/violations.cypher.
MATCH (f:Finding {status: 'open'})
WHERE f.triage IS NULL OR f.triage <> 'waived' OR f.waivedUntil <= datetime()
<<<<<<< HEAD
CALL (f) {
  BRANCHES
}
// Scoped access restricts `m` (the group member) here.
RETURN hub, type, out, kind, count(DISTINCT m) AS flagged, collect(f.severity) AS severities
=======
MATCH (f)-[:CONCERNS]->(m)-[r]-(hub)
WHERE $hubs[elementId(hub)] AND NOT m:Finding AND FINDING_IN_SCOPE(f) AND IN_SCOPE(m)
RETURN elementId(hub) AS hub, type(r) AS type, startNode(r) = hub AS out,
       head([label IN labels(m) WHERE label IN ['Organization', 'Partner', 'Tenant', 'Customer', 'Subscription']]) AS kind,
       count(DISTINCT m) AS flagged, collect(f.severity) AS severities
>>>>>>> i11-scope
