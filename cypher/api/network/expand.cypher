// One step of a network from entities of one kind ($frontier: element ids), anchored on each of them: for every
// relationship type and direction that kind has (the branches written in place of the line STEPS by
// server/api/data/network-links.ts, from the model's allowlist), how many neighbours there are (from the node's
// degree when no date test applies) and at most $perGroup of them with the relationship to each. Nothing is sorted
// and nothing is compared with what is drawn already: a step costs what it returns. $activeOn: YYYY-MM-DD.
UNWIND $frontier AS eid
MATCH (a) WHERE elementId(a) = eid
CALL (a) {
  STEPS
}
RETURN eid, type, out, kind, total, kept
