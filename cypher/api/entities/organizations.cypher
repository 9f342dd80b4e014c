// Organizations by id. $ids
UNWIND $ids AS id
MATCH (o:Organization {id: id})
WHERE IN_SCOPE(o:Organization)
RETURN 'Organization' AS kind, o.id AS id, o.name AS name, o.country AS country
