// The severities of the open findings each partner account answers for (the finding's partnerId), itself or through
// the resellers it supplies, met from the open findings' side: the cost follows the open findings, not the resellers
// of the largest providers. Within the caller's scope: the finding, its partner and the supplying account. $ids:
// partner ids. Open: FINDING_COUNTS_OPEN (open or acknowledged).
MATCH (f:Finding)
WHERE f.partnerId IS NOT NULL AND FINDING_COUNTS_OPEN(f) AND FINDING_IN_SCOPE(f)
MATCH (p:Partner {id: f.partnerId})
WHERE IN_SCOPE(p:Partner)
UNWIND [p.id] + COLLECT { MATCH (a:Partner)-[:SUPPLIES]->(p) WHERE IN_SCOPE(a:Partner) RETURN a.id } AS id
WITH id, f WHERE id IN $ids
RETURN id, collect(f.severity) AS severities
