// The full-text index of search covers names, PartnerIDs and domains. Ids are found through the indexes of their
// uniqueness constraints instead, whole or by their start (cypher/api/entities/search.cypher): tokenizing every id,
// five words per GUID, took most of the full-text index's build (at 1,000,000 customers 39 s of it against 14 s
// without ids; docs/benchmarks.md, Import). A store made before this drops the index that held ids, once.
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX entity_text_search IF NOT EXISTS FOR (n:Partner|Customer|Organization) ON EACH [n.name, n.mpnId, n.domain];
