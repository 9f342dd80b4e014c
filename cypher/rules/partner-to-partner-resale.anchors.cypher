// The suppliers whose partner-to-partner-resale findings a change of $touched can alter: the partners touched and
// the partners supplying them.
CALL () {
  UNWIND $touched.Partner AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Partner AS id
  MATCH (:Partner {id: id})<-[:SUPPLIES]-(y:Partner)
  RETURN y.id AS anchor
}
RETURN anchor;
