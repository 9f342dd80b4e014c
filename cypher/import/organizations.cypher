// Upserts organizations by id. $rows: [{id, name, country?}]; an absent value removes the property.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.country = row.country
RETURN count(*) AS written
