// The severities of the open findings concerning members of groups (neighbours of a hub over one relationship type
// and direction, of one kind), met from the findings' side so the cost follows the open findings, not the size of
// the groups. The findings are gathered per member first, so a member many findings concern is looked at once. Each
// branch (written in place of the line BRANCHES by server/api/data/network.ts, one per relationship type, direction
// and kind among the groups, from the model's allowlist) follows only its own relationship type from the member, so
// an account with many relationships of other kinds (a provider's billed subscriptions) costs nothing here; a member
// with more relationships of the branch's type than there are hubs (a distributor's supplies) is instead tested
// against each hub, so its own neighbourhood is never read; each branch also keeps only members within the caller's
// scope. $hubs: a map from each hub's element id to true; $hubIds: the same ids as a list.
MATCH (f:Finding)
WHERE FINDING_COUNTS_OPEN(f) AND FINDING_IN_SCOPE(f)
MATCH (f)-[:CONCERNS]->(m)
WITH m, collect(f.severity) AS found
CALL (m) {
  BRANCHES
}
WITH hub, type, out, kind, count(DISTINCT m) AS flagged, collect(found) AS severities
RETURN hub, type, out, kind, flagged, reduce(all = [], some IN severities | all + some) AS severities
