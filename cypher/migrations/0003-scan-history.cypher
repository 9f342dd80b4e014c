// Scan history: runs and the findings they recorded, followed by key from run to run.
CREATE CONSTRAINT scan_run_id IF NOT EXISTS FOR (n:ScanRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT finding_key IF NOT EXISTS FOR (n:Finding) REQUIRE n.key IS UNIQUE;
CREATE INDEX finding_status IF NOT EXISTS FOR (n:Finding) ON (n.status);
CREATE INDEX finding_rule IF NOT EXISTS FOR (n:Finding) ON (n.ruleId);
CREATE INDEX scan_run_started IF NOT EXISTS FOR (n:ScanRun) ON (n.startedAt);
