// The most recent recorded run, with what decides whether the next scan may build on it, and how many findings it
// found (read from the node's degree).
MATCH (run:ScanRun)
WITH run ORDER BY run.startedAt DESC LIMIT 1
RETURN run.id AS id, toString(run.asOf) AS asOf, run.catalogVersion AS catalogVersion, run.regionTable AS regionTable,
       run.ruleIds AS ruleIds, run.ruleMs AS ruleMs, toString(run.watermark) AS watermark,
       COUNT { (run)-[:FOUND]->() } AS findings
