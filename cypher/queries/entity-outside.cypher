// One customer or partner account of the graph whose id is not among $batch.ids, if there is one: `./csp start`
// loads the demo only into an empty graph or one that holds the demo alone. Stops at the first it finds.
CALL () {
  MATCH (customer:Customer)
  WHERE NOT customer.id IN $batch.ids
  RETURN customer.id AS id LIMIT 1
  UNION
  MATCH (partner:Partner)
  WHERE NOT partner.id IN $batch.ids
  RETURN partner.id AS id LIMIT 1
}
RETURN id LIMIT 1
