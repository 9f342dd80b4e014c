// Journaled imports: a marker per import being written (at most one runs at a time) and the undo entries of its
// batches, looked up by import.
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_running IF NOT EXISTS FOR (n:Import) REQUIRE n.running IS UNIQUE;
CREATE INDEX import_journal_import IF NOT EXISTS FOR (n:ImportJournal) ON (n.importId);
