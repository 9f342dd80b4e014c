// Run first in each batch (and undo) transaction: returns a row only while the import is still in the expected state
// and owned by the caller, so a writer that a recovery has taken over stops at its next batch. It takes no lock, so
// batches of one import can run side by side. $id, $owner, $state.
MATCH (i:Import {id: $id})
WHERE i.owner = $owner AND i.state = $state
RETURN i.id AS id
