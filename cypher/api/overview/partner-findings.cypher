// The severities of the open findings each partner account answers for (the finding's partnerId, indexed), itself
// or through the resellers it supplies. $ids: partner ids. Open: the same test as entities/violations.cypher.
UNWIND $ids AS id
MATCH (p:Partner {id: id})
WHERE IN_SCOPE(p:Partner)
CALL (p) {
  UNWIND [p.id] + COLLECT { MATCH (p)-[:SUPPLIES]->(s:Partner) WHERE IN_SCOPE(s:Partner) RETURN s.id } AS pid
  MATCH (f:Finding {partnerId: pid})
  WHERE f.status = 'open' AND (f.triage IS NULL OR f.triage <> 'waived' OR f.waivedUntil <= datetime())
    AND FINDING_IN_SCOPE(f)
  RETURN collect(f.severity) AS severities
}
RETURN id, severities
