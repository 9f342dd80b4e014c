// Creates organizations that are not in the graph yet. $rows: [{id, name, country?}]; an absent value is not stored.
UNWIND $rows AS row
CREATE (o:Organization {id: row.id, name: row.name, country: row.country, changedAt: datetime()})
RETURN count(*) AS written
