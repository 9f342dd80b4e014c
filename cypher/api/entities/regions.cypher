// Regions by name. $names
UNWIND $names AS name
MATCH (r:Region {name: name})
RETURN r.name AS name
