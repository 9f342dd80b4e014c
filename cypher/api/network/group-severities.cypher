// The severities of the open findings concerning members of groups (neighbours of a hub over one relationship type
// and direction, of one kind), met from the findings' side so the cost follows the open findings, not the size of
// the groups. Each branch (written in place of the line BRANCHES by server/api/data/network.ts, one per relationship
// type, direction and kind among the groups, from the model's allowlist) follows only its own relationship type
// from the member, so an account with many relationships of other kinds (a provider's billed subscriptions) costs
// nothing here; each branch also keeps only members within the caller's scope. $hubs: a map from each hub's element
// id to true.
MATCH (f:Finding)
WHERE FINDING_COUNTS_OPEN(f) AND FINDING_IN_SCOPE(f)
CALL (f) {
  BRANCHES
}
RETURN hub, type, out, kind, count(DISTINCT m) AS flagged, collect(f.severity) AS severities
