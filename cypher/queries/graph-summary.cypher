// How many of each entity, role and relationship the graph holds, as rows of (kind, name, count).
CALL () {
  UNWIND ['Organization', 'Partner', 'IndirectProvider', 'IndirectReseller', 'DirectBill', 'Tenant', 'Customer',
          'Subscription', 'Country', 'Region'] AS label
  CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
  RETURN 'node' AS kind, label AS name, count
  UNION ALL
  UNWIND ['OWNS', 'SUPPLIES', 'SELLS_TO', 'MANAGES', 'FOR', 'BILLED_BY', 'RESELLER_OF_RECORD', 'PROVISIONED_ON'] AS type
  CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS count }
  RETURN 'relationship' AS kind, type AS name, count
}
RETURN kind, name, count
