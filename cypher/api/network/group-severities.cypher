// The severities of the open findings concerning members of groups (neighbours of a hub over one relationship type
// and direction, of one kind), met from the findings' side so the cost follows the open findings, not the size of
// the groups. Each branch (written in place of the line BRANCHES by server/api/data/network.ts, one per relationship
// type, direction and kind among the groups, from the model's allowlist) follows only its own relationship type
// from the member, so an account with many relationships of other kinds (a provider's billed subscriptions) costs
// nothing here. $hubs: a map from each hub's element id to true. Open: the same test as entities/violations.cypher.
// A scoped caller counts only the findings and members in its scope.
MATCH (f:Finding {status: 'open'})
WHERE (f.triage IS NULL OR f.triage <> 'waived' OR f.waivedUntil <= datetime()) AND FINDING_IN_SCOPE(f)
CALL (f) {
  BRANCHES
}
RETURN hub, type, out, kind, count(DISTINCT m) AS flagged, collect(f.severity) AS severities
