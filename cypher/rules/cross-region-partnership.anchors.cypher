// The supplied partners whose cross-region-partnership findings a change of $touched can alter: the partners touched (changed, or an
// end of a changed supply: a new supply re-checks its reseller), and those supplied by a partner changed itself (its
// roles, name or country).
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.changed.Partner + $touched.links.IN_COUNTRY.Partner AS id
  MATCH (seed:Partner {id: id})-[:SUPPLIES]->(r:Partner)
  USING INDEX SEEK seed:Partner(id)
  RETURN r.id AS anchor
}
RETURN anchor;
