// Findings matching a filter: the total and counts per combination of facet values (no order: page.cypher pages).
// Each filter value is a list, or null for any: $ruleIds, $severities, $regions, $partnerIds, $statuses; $runId
// (null: every recorded finding) keeps those a run found; $entityIds keeps those whose evidence CONCERNS one of
// these entities, of the kind $entityKind when it is not null (ids are unique per kind only).
// Status: FINDING_STATUS (server/api/finding-status.ts).
// The findings to filter start from an index: the entities' (each label's id constraint), else the run's, else all.
// The scan of all findings hangs on a row that exists only when it is wanted: under a WHERE on parameters alone it
// would read every finding before dropping them.
CALL () {
  MATCH (:ScanRun {id: $runId})-[:FOUND]->(f:Finding) WHERE $entityIds IS NULL
  RETURN f
  UNION
  UNWIND CASE WHEN $runId IS NULL AND $entityIds IS NULL THEN [true] ELSE [] END AS everyFinding
  MATCH (f:Finding)
  RETURN f
  UNION
  UNWIND $entityIds AS entityId
  CALL (entityId) {
    MATCH (e:Organization {id: entityId}) WHERE coalesce($entityKind, 'Organization') = 'Organization' RETURN e
    UNION ALL
    MATCH (e:Partner {id: entityId}) WHERE coalesce($entityKind, 'Partner') = 'Partner' RETURN e
    UNION ALL
    MATCH (e:Tenant {id: entityId}) WHERE coalesce($entityKind, 'Tenant') = 'Tenant' RETURN e
    UNION ALL
    MATCH (e:Customer {id: entityId}) WHERE coalesce($entityKind, 'Customer') = 'Customer' RETURN e
    UNION ALL
    MATCH (e:Subscription {id: entityId}) WHERE coalesce($entityKind, 'Subscription') = 'Subscription' RETURN e
  }
  MATCH (e)<-[:CONCERNS]-(f:Finding)
  WHERE $runId IS NULL OR EXISTS { (:ScanRun {id: $runId})-[:FOUND]->(f) }
  RETURN f
}
WITH f, FINDING_STATUS(f) AS status
WHERE ($ruleIds IS NULL OR f.ruleId IN $ruleIds)
  AND ($severities IS NULL OR f.severity IN $severities)
  AND ($regions IS NULL OR f.region IN $regions)
  AND ($partnerIds IS NULL OR f.partnerId IN $partnerIds)
  AND ($statuses IS NULL OR status IN $statuses)
  AND FINDING_IN_SCOPE(f)
WITH f.ruleId AS rule, f.severity AS severity, f.region AS region, f.partnerId AS partner, status,
     count(*) AS count
RETURN sum(count) AS total,
       collect({rule: rule, severity: severity, region: region, partner: partner, status: status, count: count})
         AS combinations
