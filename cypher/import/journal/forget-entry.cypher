// Deletes one undo entry, in the transaction that applied it, so an entry is applied at most once. $importId, $seq.
MATCH (j:ImportJournal {importId: $importId, seq: $seq})
DELETE j
