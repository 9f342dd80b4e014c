// A page of organizations by name, with the total. $skip, $limit
MATCH (o:Organization)
WHERE IN_SCOPE(o:Organization)
WITH o ORDER BY o.name, o.id
WITH collect(o.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS items
