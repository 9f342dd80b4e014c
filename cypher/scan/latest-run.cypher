// The most recent recorded run, with what decides whether the next scan may build on it.
MATCH (run:ScanRun)
RETURN run.id AS id, toString(run.asOf) AS asOf, run.catalogVersion AS catalogVersion, run.regionTable AS regionTable,
       run.ruleIds AS ruleIds, run.ruleMs AS ruleMs, toString(run.watermark) AS watermark
ORDER BY run.startedAt DESC
LIMIT 1
