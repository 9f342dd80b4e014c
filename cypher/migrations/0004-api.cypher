// The API's own records: API keys (only a hash of each secret is stored) and the audit trail of every change.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (n:AuditEntry) ON (n.target);
CREATE INDEX finding_partner IF NOT EXISTS FOR (n:Finding) ON (n.partnerId);
