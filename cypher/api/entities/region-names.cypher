// Every region's name, in order. No parameters.
MATCH (r:Region)
RETURN r.name AS region
ORDER BY region
