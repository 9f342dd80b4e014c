// Which of the import's collections hold at least one record: the records of a collection that held none when an
// import began are all new to it, so its batches need no prior-state read. Stops at the first record of each.
// No parameters.
RETURN
  EXISTS { MATCH (:Organization) } AS organizations,
  EXISTS { MATCH (:Organization)-[:OWNS]->(:Organization) } AS ownerships,
  EXISTS { MATCH (:Tenant) } AS tenants,
  EXISTS { MATCH (:Partner) } AS partners,
  EXISTS { MATCH (:Customer) } AS customers,
  EXISTS { MATCH (:Partner)-[:SUPPLIES]->(:Partner) } AS supplies,
  EXISTS { MATCH (:Partner)-[:SELLS_TO]->(:Customer) } AS resellerRelationships,
  EXISTS { MATCH (:Partner)-[:MANAGES]->(:Customer) } AS managementRelationships,
  EXISTS { MATCH (:Subscription) } AS subscriptions
