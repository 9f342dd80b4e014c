// The sequence numbers of an import's undo entries, last written first (the order they are undone in). $importId.
MATCH (j:ImportJournal {importId: $importId})
RETURN j.seq AS seq
ORDER BY seq DESC
