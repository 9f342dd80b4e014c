// One page of organizations that hold stakes, in id order, after $after (the last id of the page before, '' for the
// first), at most $limit, each with its stakes: owned organization, share and right to direct management.
MATCH (owner:Organization)
WHERE owner.id > $after AND EXISTS { (owner)-[:OWNS]->(:Organization) }
WITH owner
ORDER BY owner.id
LIMIT $limit
RETURN owner.id AS id,
       [(owner)-[stake:OWNS]->(owned:Organization) | [owned.id, stake.share, stake.directsManagement]] AS stakes;
