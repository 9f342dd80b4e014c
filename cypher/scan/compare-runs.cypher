// Compares two runs over the rules both covered: findings only the later run has (new), both have (still open),
// only the earlier has (resolved). $fromId, $toId.
MATCH (older:ScanRun {id: $fromId}), (newer:ScanRun {id: $toId})
WITH older, newer, [id IN newer.ruleIds WHERE id IN older.ruleIds] AS common
CALL (older, newer, common) {
  MATCH (newer)-[:FOUND]->(f:Finding) WHERE f.ruleId IN common AND NOT (older)-[:FOUND]->(f)
  RETURN 'new' AS change, f
  UNION ALL
  MATCH (newer)-[:FOUND]->(f:Finding) WHERE f.ruleId IN common AND (older)-[:FOUND]->(f)
  RETURN 'still-open' AS change, f
  UNION ALL
  MATCH (older)-[:FOUND]->(f:Finding) WHERE f.ruleId IN common AND NOT (newer)-[:FOUND]->(f)
  RETURN 'resolved' AS change, f
}
RETURN change, f.key AS key, f.ruleId AS ruleId, f.severity AS severity, f.message AS message
ORDER BY change, key
