// Deletes an import's remaining undo entries in small transactions (each may hold a large undo text). $importId.
MATCH (j:ImportJournal {importId: $importId})
CALL (j) {
  DELETE j
} IN TRANSACTIONS OF 100 ROWS
