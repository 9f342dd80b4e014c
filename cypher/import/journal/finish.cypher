// Deletes an import's marker once its journal is gone: nothing of the import's bookkeeping stays in the graph. $id.
MATCH (i:Import {id: $id})
DELETE i
