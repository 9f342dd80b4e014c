// The stored evidence of each finding (JSON text, server/scan/stored-evidence.ts). A finding recorded before scans
// stored it has none: for those, the entities it CONCERNS, named as the rules name them. $keys
UNWIND $keys AS key
MATCH (f:Finding {key: key})
WHERE FINDING_IN_SCOPE(f)
RETURN f.key AS key, f.evidence AS evidence,
       CASE WHEN f.evidence IS NULL THEN COLLECT {
         MATCH (f)-[:CONCERNS]->(n)
         WITH n, CASE WHEN n:Organization THEN 'Organization' WHEN n:Partner THEN 'Partner' WHEN n:Tenant THEN 'Tenant'
                      WHEN n:Customer THEN 'Customer' ELSE 'Subscription' END AS label
         ORDER BY label, n.id
         RETURN {id: n.id, label: label,
                 name: CASE label WHEN 'Tenant' THEN n.id WHEN 'Subscription' THEN coalesce(n.offerName, n.id)
                                  ELSE n.name END}
       } ELSE [] END AS concerned
