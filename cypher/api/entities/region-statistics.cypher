// Partner accounts (by their country) and customer accounts (by their tenant's country) in each region.
MATCH (r:Region)
RETURN r.name AS region,
       COUNT { (:Partner)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r) } AS partners,
       COUNT { (:Customer)-[:ON_TENANT]->(:Tenant)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r) } AS customers
ORDER BY region
