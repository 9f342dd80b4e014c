// Rewrites organizations already in the graph. $batch.rows: [{id, name, country?}]; an absent value removes the property.
UNWIND $batch.rows AS row
MATCH (o:Organization {id: row.id})
USING INDEX SEEK o:Organization(id)
SET o.name = row.name, o.country = row.country, o.changedAt = datetime()
RETURN count(*) AS written
