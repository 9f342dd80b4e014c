// Partner accounts (by their country) and customer accounts (by their tenant's country) in each region.
MATCH (r:Region)
RETURN r.name AS region,
       COUNT { (p:Partner)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r) WHERE IN_SCOPE(p:Partner) } AS partners,
       COUNT { (c:Customer)-[:ON_TENANT]->(:Tenant)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r) WHERE IN_SCOPE(c:Customer) }
         AS customers
ORDER BY region
