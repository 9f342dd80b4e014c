// What a change can alter: the relationship types a rule reads, and the touched entities that reach its anchors.
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../server/model/graph-model';
import {
  anchorOfSubjects,
  anchorsParameter,
  everyTouched,
  partnerAspectsRead,
  passedThrough,
  relationshipTypesRead,
  touchedFor,
  touchedTogether,
} from '../../server/rules/anchors';
import { loadCatalog } from '../../server/rules/catalog';

describe('the relationship types a rule reads', () => {
  it('are the types its patterns name, in the model order, comments aside', () => {
    const source = `// MATCH (a)-[:OWNS]->(b) is only a comment
MATCH (p:Partner)-[sale:SELLS_TO]->(c)<-[:FOR]-(s)
WHERE EXISTS { (s)-[:BILLED_BY|:RESELLER_OF_RECORD]->() }
RETURN [x IN list | {type: 'SUPPLIES'}] AS edges`;
    expect(relationshipTypesRead(source)).toEqual(['SELLS_TO', 'FOR', 'BILLED_BY', 'RESELLER_OF_RECORD']);
  });

  it('are every type when a pattern names none', () => {
    expect(relationshipTypesRead('MATCH (a:Partner)-[r]->(b) RETURN b')).toEqual([...RELATIONSHIP_TYPES]);
    expect(relationshipTypesRead('MATCH (a:Partner)-->(b) RETURN b')).toEqual([...RELATIONSHIP_TYPES]);
    expect(relationshipTypesRead('MATCH (a:Partner)<--(b) RETURN b')).toEqual([...RELATIONSHIP_TYPES]);
  });

  it("are read from each of the product's rules", () => {
    const rule = loadCatalog().find((candidate) => candidate.id === 'cross-region-partnership');
    expect(rule?.anchor.reads).toEqual(['IN_COUNTRY', 'IN_REGION', 'SUPPLIES']);
  });
});

describe('what of a change can alter a rule', () => {
  const touched = {
    Subscription: ['s1'],
    links: {
      SUPPLIES: { Partner: ['provider', 'reseller'] },
      BILLED_BY: { Subscription: ['s1'], Partner: ['provider'] },
    },
  };

  it('is what changed itself, and the ends of the relationships of the types the rule reads', () => {
    expect(touchedFor({ anchor: { reads: ['BILLED_BY', 'FOR'], readsAspects: [] } }, touched)).toEqual({
      Partner: ['provider'],
      Customer: [],
      Tenant: [],
      Organization: [],
      Subscription: ['s1'],
    });
    expect(touchedFor({ anchor: { reads: ['IN_COUNTRY'], readsAspects: [] } }, touched)).toMatchObject({
      Partner: [],
      Subscription: ['s1'],
    });
  });

  it('is worked out once per change and what a rule reads', () => {
    const reads = { anchor: { reads: ['BILLED_BY', 'FOR'] as const, readsAspects: [] } };
    const first = touchedFor(reads, touched);
    expect(touchedFor({ anchor: { reads: ['BILLED_BY', 'FOR'], readsAspects: [] } }, touched)).toBe(first);
    expect(touchedFor({ anchor: { reads: ['FOR'], readsAspects: [] } }, touched)).not.toBe(first);
    expect(touchedFor(reads, { ...touched })).not.toBe(first);
    expect(touchedFor(reads, { ...touched })).toEqual(first);
  });

  it('counts every end once when all types are asked for, and merges changes', () => {
    expect(everyTouched(touched)).toMatchObject({ Partner: ['provider', 'reseller'], Subscription: ['s1'] });
    const both = touchedTogether([touched, { Customer: ['c1'], links: { SELLS_TO: { Partner: ['p2'] } } }]);
    expect(everyTouched(both)).toMatchObject({
      Partner: ['provider', 'reseller', 'p2'],
      Customer: ['c1'],
      Subscription: ['s1'],
    });
    expect(touchedFor({ anchor: { reads: ['SUPPLIES'], readsAspects: [] } }, both)).toMatchObject({
      Partner: ['provider', 'reseller'],
    });
  });

  it("gives an anchors statement what changed itself and each read type's ends apart, every key present", () => {
    const parameter = anchorsParameter({ anchor: { reads: ['BILLED_BY'], readsAspects: [] } }, touched);
    expect(parameter.Partner).toEqual(['provider']);
    expect(parameter.changed).toEqual({
      Partner: [],
      Customer: [],
      Tenant: [],
      Organization: [],
      Subscription: ['s1'],
    });
    expect(parameter.links.BILLED_BY).toMatchObject({ Partner: ['provider'], Subscription: ['s1'] });
    // SUPPLIES is not read: its ends reach neither the labels nor the links.
    expect(parameter.links.SUPPLIES).toMatchObject({ Partner: [] });
    expect(Object.keys(parameter.links)).toEqual([...RELATIONSHIP_TYPES]);
  });
});

describe("a partner account's dates and roles", () => {
  it('are read by a statement that names, projects or reads them all; not by a comment', () => {
    expect(partnerAspectsRead('MATCH (p:Partner) WHERE p.mpaSignedOn IS NULL RETURN p')).toEqual(['dates']);
    expect(partnerAspectsRead('MATCH (p:Partner) RETURN p {.id, .enrolledOn} AS row')).toEqual(['dates']);
    expect(partnerAspectsRead('MATCH (p:Partner) RETURN properties(p) AS all')).toEqual(['dates']);
    expect(partnerAspectsRead('MATCH (p:Partner) RETURN p {.*} AS all')).toEqual(['dates']);
    expect(partnerAspectsRead('MATCH (p:IndirectReseller) RETURN p.name')).toEqual(['roles']);
    expect(partnerAspectsRead('MATCH (p:Partner) WHERE p:DirectBill AND p.enrolledOn > date() RETURN 1')).toEqual([
      'dates',
      'roles',
    ]);
    expect(partnerAspectsRead('MATCH (p:Partner) RETURN labels(p)')).toEqual(['roles']);
    expect(
      partnerAspectsRead('// p.onboardedOn, p:DirectBill only in a comment\nMATCH (p:Partner) RETURN p.name'),
    ).toEqual([]);
  });

  it("are read by the product's rules that judge them", () => {
    const reading = (aspect: string) =>
      loadCatalog()
        .filter((rule) => rule.anchor.readsAspects.includes(aspect as never))
        .map((rule) => rule.id);
    expect(reading('dates')).toEqual(['mpa-not-signed', 'reseller-not-enrolled']);
    expect(reading('roles')).toEqual([
      'partner-to-partner-resale',
      'provider-direct-sale',
      'reseller-billed-directly',
      'reseller-customer-of-own-provider',
      'reseller-not-enrolled',
      'reseller-of-record-not-supplied',
    ]);
  });

  it('changed alone, count as changed themselves for the rules that read them and touch no other', () => {
    const aspectOnly = {
      aspects: { dates: { Partner: ['p1'] }, roles: { Partner: ['p3'] } },
      links: { SUPPLIES: { Partner: ['p2'] } },
    };
    const dates = { anchor: { reads: ['SUPPLIES'] as const, readsAspects: ['dates'] as const } };
    const roles = { anchor: { reads: ['SUPPLIES'] as const, readsAspects: ['roles'] as const } };
    const other = { anchor: { reads: ['SUPPLIES'] as const, readsAspects: [] } };
    expect(touchedFor(dates, aspectOnly).Partner).toEqual(['p1', 'p2']);
    expect(anchorsParameter(dates, aspectOnly).changed.Partner).toEqual(['p1']);
    expect(anchorsParameter(roles, aspectOnly).changed.Partner).toEqual(['p3']);
    expect(touchedFor(other, aspectOnly).Partner).toEqual(['p2']);
    expect(anchorsParameter(other, aspectOnly).changed.Partner).toEqual([]);
    expect(everyTouched(aspectOnly).Partner).toEqual(['p1', 'p3', 'p2']);
    expect(everyTouched(touchedTogether([aspectOnly, { Customer: ['c1'] }])).Partner).toEqual(['p1', 'p3', 'p2']);
  });
});

describe('the touched ids an anchors statement returns as they are', () => {
  it('are the labels of a part that only sums touched lists; a filtered, matched or commented part is not', () => {
    const source = `// UNWIND $touched.Tenant AS id
// RETURN id AS anchor
CALL () {
  UNWIND $touched.Partner + $touched.Customer AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.changed.Subscription AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Organization + [] AS id
  RETURN id AS anchor
  UNION
  UNWIND $touched.Subscription AS id
  MATCH (s:Subscription {id: id})
  RETURN s.id AS anchor
}
RETURN anchor;`;
    expect(passedThrough(source)).toEqual(['Partner', 'Customer']);
  });

  it("are read from the product's rules", () => {
    const passing = (id: string) => loadCatalog().find((rule) => rule.id === id)?.anchor.passThrough;
    expect(passing('affiliate-sale')).toEqual(['Partner']);
    expect(passing('cross-cloud-link')).toEqual(['Partner', 'Customer', 'Subscription']);
  });
});

describe("a finding's anchor", () => {
  it('is the anchor subject of the form the finding has, told apart by its number of subjects', () => {
    const rule = loadCatalog().find((candidate) => candidate.id === 'cross-cloud-link');
    expect(rule?.anchor.subjects).toEqual(['to', 'subscription']);
    expect(anchorOfSubjects(rule as NonNullable<typeof rule>, ['partner-a', 'customer-b'])).toBe('customer-b');
    expect(anchorOfSubjects(rule as NonNullable<typeof rule>, ['subscription-1'])).toBe('subscription-1');
  });
});
