// Findings are listed most severe first, then by key: this index gives each severity's findings in key order, so a
// page of findings is read from the index instead of sorting all of them.
CREATE INDEX finding_severity_key IF NOT EXISTS FOR (n:Finding) ON (n.severity, n.key);
