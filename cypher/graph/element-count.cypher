// How many nodes and relationships the graph holds, from Neo4j's count store (no scan). No parameters.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes + relationships AS elements
