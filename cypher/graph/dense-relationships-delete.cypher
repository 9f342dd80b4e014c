// Deletes up to $limit relationships of one node ($id: its element id); returns how many.
MATCH (n) WHERE elementId(n) = $id
MATCH (n)-[r]-()
WITH DISTINCT r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
