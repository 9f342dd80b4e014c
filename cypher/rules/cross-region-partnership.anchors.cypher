// The providers whose cross-region-partnership findings a change of $touched can alter: the partners touched and
// the providers supplying them.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Partner AS id
  MATCH (:Partner {id: id})<-[:SUPPLIES]-(y:Partner)
  RETURN y.id AS anchor
}
RETURN anchor;
