// How many of each entity, role and relationship the graph holds, as rows of (kind, name, count). Each count names
// its label or type in the text and is taken alone, so Neo4j reads it from its count store instead of scanning the
// graph (with the label as a value, node by node, this took 22 s at 1,000,000 customers).
MATCH (n:Organization) WITH count(n) AS count RETURN 'node' AS kind, 'Organization' AS name, count
UNION ALL
MATCH (n:Partner) WITH count(n) AS count RETURN 'node' AS kind, 'Partner' AS name, count
UNION ALL
MATCH (n:IndirectProvider) WITH count(n) AS count RETURN 'node' AS kind, 'IndirectProvider' AS name, count
UNION ALL
MATCH (n:IndirectReseller) WITH count(n) AS count RETURN 'node' AS kind, 'IndirectReseller' AS name, count
UNION ALL
MATCH (n:DirectBill) WITH count(n) AS count RETURN 'node' AS kind, 'DirectBill' AS name, count
UNION ALL
MATCH (n:Tenant) WITH count(n) AS count RETURN 'node' AS kind, 'Tenant' AS name, count
UNION ALL
MATCH (n:Customer) WITH count(n) AS count RETURN 'node' AS kind, 'Customer' AS name, count
UNION ALL
MATCH (n:Subscription) WITH count(n) AS count RETURN 'node' AS kind, 'Subscription' AS name, count
UNION ALL
MATCH (n:Country) WITH count(n) AS count RETURN 'node' AS kind, 'Country' AS name, count
UNION ALL
MATCH (n:Region) WITH count(n) AS count RETURN 'node' AS kind, 'Region' AS name, count
UNION ALL
MATCH ()-[r:OWNS]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'OWNS' AS name, count
UNION ALL
MATCH ()-[r:SUPPLIES]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'SUPPLIES' AS name, count
UNION ALL
MATCH ()-[r:SELLS_TO]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'SELLS_TO' AS name, count
UNION ALL
MATCH ()-[r:MANAGES]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'MANAGES' AS name, count
UNION ALL
MATCH ()-[r:FOR]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'FOR' AS name, count
UNION ALL
MATCH ()-[r:BILLED_BY]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'BILLED_BY' AS name, count
UNION ALL
MATCH ()-[r:RESELLER_OF_RECORD]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'RESELLER_OF_RECORD' AS name, count
UNION ALL
MATCH ()-[r:PROVISIONED_ON]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'PROVISIONED_ON' AS name, count
