// Stores the undo entry of one batch in the batch's own transaction, so the data and its undo commit together.
// $importId, $seq, $collection, $undo (JSON text).
CREATE (:ImportJournal {importId: $importId, seq: $seq, collection: $collection, undo: $undo})
