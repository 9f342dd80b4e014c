// What rules read and what a proposal's import statements write, from the Cypher text; and which rules a what-if check
// of each kind of proposal runs on the real catalog.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/rules/catalog';
import { isAffected, readsOf, rulesAffectedBy, writesOf } from '../../server/rules/rule-reads';

const sorted = (set: Set<string>) => [...set].sort();

describe('readsOf', () => {
  it('reads the labels of node patterns and label predicates, and the types of relationship patterns', () => {
    const reads = readsOf(
      'MATCH (p:Partner:IndirectProvider)-[s:SUPPLIES]->(r)<-[:FOR]-(x) WHERE NOT r:DirectBill RETURN p.id AS id',
    );
    expect(sorted(reads.labels)).toEqual(['DirectBill', 'IndirectProvider', 'Partner']);
    expect(sorted(reads.types)).toEqual(['FOR', 'SUPPLIES']);
    expect(reads.opaque).toEqual([]);
  });

  it('reads every type of a multi-type pattern, old and new syntax, with a length or properties', () => {
    const reads = readsOf('MATCH (a)-[l:SUPPLIES|SELLS_TO|:MANAGES {since: x}]-(b)-[:OWNS*0..10]->(c) RETURN a');
    expect(sorted(reads.types)).toEqual(['MANAGES', 'OWNS', 'SELLS_TO', 'SUPPLIES']);
    expect(reads.opaque).toEqual([]);
  });

  it.each([
    ['MATCH (a:Partner)--(b:Customer) RETURN a'],
    ['MATCH (a:Partner)-->(b:Customer) RETURN a'],
    ['MATCH (a:Partner)<--(b:Customer) RETURN a'],
    ['MATCH (a:Partner)<-->(b:Customer) RETURN a'],
    ['MATCH (a:Partner)-[r]->(b:Customer) RETURN type(r)'],
    ['MATCH (a:Partner)<-[]-(b:Customer) RETURN a'],
    ['MATCH (a:Partner)-[*1..3]-(b:Customer) RETURN a'],
    ['MATCH (a:Partner) WHERE EXISTS { (a)-[r {since: 1}]-() } RETURN a'],
  ])('counts an untyped relationship pattern as reading anything: %s', (text) => {
    expect(readsOf(text).opaque).toContain('a relationship pattern without a type');
  });

  it.each([
    ['MATCH (n) RETURN n.id', 'a node pattern with neither a label nor a relationship'],
    ['MATCH (n {id: $id}) RETURN n.id', 'a node pattern with neither a label nor a relationship'],
    ['MATCH (n:!Partner)-[:FOR]->(c) RETURN c', 'a label expression that matches labels it does not name'],
    ['MATCH (a)-[:!FOR]->(c:Customer) RETURN c', 'a relationship type expression that matches types it does not name'],
    ['MATCH (n:$($label)) RETURN n', 'a label expression that matches labels it does not name'],
    ['CALL db.labels() YIELD label RETURN label', 'CALL of procedure db'],
    ['MATCH (p:Partner) RETURN apoc.node.degree(p) AS d', 'function apoc.node.degree()'],
    ['MATCH (p:Partner) RETURN apoc.date.format(p.since) AS d', 'function apoc.date.format()'],
    ['MATCH (p:Partner) RETURN labels(p) AS l', 'labels()'],
    ['MATCH (p:Partner) RETURN properties(p) AS l', 'properties()'],
  ])('counts what could read something it does not name: %s', (text, reason) => {
    expect(readsOf(text).opaque).toContain(reason);
  });

  it('ignores words in comments, strings and map keys, and calls and CALL scopes that are not patterns', () => {
    const reads = readsOf(`// MATCH (x:Commented)-[:COMMENTED]->()
      /* (y:Block)--(z) */
      MATCH (p:Partner)
      CALL (p) { MATCH (p)-[:USES_TENANT]->(t:Tenant) RETURN t }
      RETURN {label: 'Customer', type: "SELLS_TO", note: '(a)--(b) :Fake'} AS m, count(p) AS n, date($asOf) AS d,
             'it''s (q)-[r]-(s)' AS quoted`);
    expect(sorted(reads.labels)).toEqual(['Partner', 'Tenant']);
    expect(sorted(reads.types)).toEqual(['USES_TENANT']);
    expect(reads.words.has('COMMENTED')).toBe(false);
    expect(reads.opaque).toEqual([]);
  });

  it('notices properties read by a computed key, not list indexes and slices', () => {
    expect(readsOf('MATCH (p:Partner) RETURN p[$key] AS v').dynamicProperties).toBe(true);
    expect(readsOf('MATCH (p:Partner) RETURN p {.*} AS v').dynamicProperties).toBe(true);
    expect(readsOf('RETURN date.truncate($unit, date($asOf)) AS d').opaque).toEqual([]);
    expect(readsOf('WITH [1, 2] AS xs RETURN xs[0], xs[1..], [x IN xs WHERE x > 1][0]').dynamicProperties).toBe(false);
  });
});

describe('writesOf', () => {
  it('counts created labels, every named type, and the labels and keys of nodes it sets; not matched labels', () => {
    const writes = writesOf([
      'MATCH (a:Partner {id: $a}) MATCH (b:Customer {id: $b}) CREATE (a)-[:SELLS_TO {since: 1}]->(b)',
      'MATCH (s:Subscription {id: $id})-[old:FOR]->(c) SET s.status = $status, old.x = 1 DELETE old',
      'CREATE (n:Subscription:Extra {id: $id})',
    ]);
    expect(sorted(writes.labels)).toEqual(['Extra', 'Subscription']);
    expect(sorted(writes.types)).toEqual(['FOR', 'SELLS_TO']);
    expect(sorted(writes.keys)).toEqual(['status']);
    expect(writes.everything).toEqual([]);
  });

  it.each([
    ['MATCH (s:Subscription {id: $id}) DETACH DELETE s'],
    ['MATCH (s)-[:FOR]->(c:Customer) SET s.status = 1'],
    ['MATCH (a:Partner)-[r]->(b) DELETE r'],
  ])('cannot bound %s', (text) => {
    expect(writesOf([text]).everything).not.toEqual([]);
  });

  it('affects a rule that reads a key it sets on nodes, even without naming their label', () => {
    const writes = writesOf(['MATCH (s:Subscription {id: $id}) SET s.status = $status']);
    expect(isAffected(readsOf('MATCH (c:Customer)<-[:OTHER]-(s) RETURN s.status'), writes)).toBe(true);
    expect(isAffected(readsOf('MATCH (c:Customer)<-[:OTHER]-(s) RETURN s.id'), writes)).toBe(false);
  });
});

describe('rulesAffectedBy on the catalog', () => {
  const catalog = loadCatalog();
  const selected = (collection: Parameters<typeof rulesAffectedBy>[1]) =>
    rulesAffectedBy(catalog, collection).map((rule) => rule.id);

  it('reads every rule of the catalog without anything it cannot bound', () => {
    for (const rule of catalog)
      expect({ id: rule.id, opaque: readsOf(rule.cypher).opaque }).toEqual({ id: rule.id, opaque: [] });
  });

  it('runs, for a supply, the rules that read SUPPLIES', () => {
    expect(selected('supplies')).toEqual([
      'cross-cloud-link',
      'cross-region-partnership',
      'mpa-not-signed',
      'partner-to-partner-resale',
      'reseller-customer-of-own-provider',
      'reseller-not-enrolled',
      'reseller-of-record-not-supplied',
    ]);
  });

  it('runs, for a reseller relationship, the rules that read SELLS_TO', () => {
    expect(selected('resellerRelationships')).toEqual([
      'affiliate-sale',
      'cross-cloud-link',
      'cross-region-sale',
      'csp-tenant-as-customer',
      'reseller-customer-of-own-provider',
      'self-sale',
    ]);
  });

  it('runs, for a management relationship, only cross-cloud-link (MANAGES is never a sale)', () => {
    expect(selected('managementRelationships')).toEqual(['cross-cloud-link']);
  });

  it('runs, for a subscription, every rule but the two that read only supply relationships', () => {
    const ids = selected('subscriptions');
    expect(ids).toContain('cross-region-sale');
    expect(catalog.map((rule) => rule.id).filter((id) => !ids.includes(id))).toEqual([
      'cross-region-partnership',
      'partner-to-partner-resale',
    ]);
  });

  it('computes a selection once per catalog and collection', () => {
    expect(rulesAffectedBy(catalog, 'supplies')).toBe(rulesAffectedBy(catalog, 'supplies'));
  });
});
