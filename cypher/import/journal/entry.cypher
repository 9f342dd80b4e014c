// One undo entry. $importId, $seq.
MATCH (j:ImportJournal {importId: $importId, seq: $seq})
RETURN j.collection AS collection, j.undo AS undo
