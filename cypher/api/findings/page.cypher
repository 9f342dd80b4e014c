// Part of a page of finding keys: those of one $severity in key order, read in the order of the finding_severity_key
// index so that no page sorts every finding ($skip and $limit within that severity, counted from search.cypher's
// facets). The filters are search.cypher's: $ruleIds, $regions, $partnerIds, $statuses, $runId, $entityIds,
// $entityKind.
MATCH (f:Finding)
WHERE f.severity = $severity AND f.key > ''
  AND FINDING_IN_SCOPE(f)
  AND ($ruleIds IS NULL OR f.ruleId IN $ruleIds)
  AND ($regions IS NULL OR f.region IN $regions)
  AND ($partnerIds IS NULL OR f.partnerId IN $partnerIds)
  AND ($runId IS NULL OR EXISTS { (:ScanRun {id: $runId})-[:FOUND]->(f) })
  AND ($entityIds IS NULL OR EXISTS {
    MATCH (f)-[:CONCERNS]->(e)
    WHERE e.id IN $entityIds AND ($entityKind IS NULL OR $entityKind IN labels(e))
  })
  AND ($statuses IS NULL OR FINDING_STATUS(f) IN $statuses)
// Ordered as the index is (severity first, though it is fixed here): the planner then reads the index in order and
// stops after $skip + $limit rows instead of sorting.
RETURN f.key AS key
ORDER BY f.severity, f.key
SKIP $skip
LIMIT $limit
