// Record validation and the checks within one import, without a database: each refusal names file, record, field.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { checkableRecord, ImportChecker } from '../../server/import/check-import';
import type { ImportIssue } from '../../server/import/import-error';
import { COLLECTION_KEYS } from '../../server/import/import-schema';
import { documentToSource } from '../../server/import/read-json';
import { validateRecord } from '../../server/import/validate-records';
import { isRealDate } from '../../server/shared/dates';

type Doc = Record<string, unknown> & Record<string, Record<string, unknown>[]>;

function complete(): Doc {
  return JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'complete.json'), 'utf8'));
}

/** The problems the importer finds without a graph: each record validated, then checked without its refused fields. */
function issuesOf(document: unknown): ImportIssue[] {
  const source = documentToSource(document, 'data.json');
  const issues = [...source.issues];
  const checker = new ImportChecker();
  for (const key of COLLECTION_KEYS) {
    for (const record of source.records[key] ?? []) {
      const refused = validateRecord(key, record).issues;
      issues.push(...refused);
      const checkable = checkableRecord(record, refused);
      if (checkable) checker.add(key, checkable);
    }
  }
  return [...issues, ...checker.withinImport];
}

/** The issues of the complete fixture after one change to it. */
function issuesAfter(change: (document: Doc) => void): ImportIssue[] {
  const document = complete();
  change(document);
  return issuesOf(document);
}

function list(document: Doc, collection: string): Record<string, unknown>[] {
  const found = document[collection];
  if (!Array.isArray(found)) throw new Error(`The fixture has no ${collection}`);
  return found;
}

function record(document: Doc, collection: string, index: number): Record<string, unknown> {
  const found = document[collection]?.[index];
  if (!found) throw new Error(`The fixture has no ${collection}[${index}]`);
  return found;
}

describe('the complete fixture', () => {
  it('passes every check', () => {
    expect(issuesOf(complete())).toEqual([]);
  });
});

describe('document shape', () => {
  it.each([
    ['an array', [], '', /must be a JSON object/],
    ['null', null, '', /must be a JSON object/],
    ['a wrong format', { format: 'other', version: 1 }, 'format', /must be "csp-graph", not 'other'/],
    ['no format', { version: 1 }, 'format', /must be "csp-graph"$/],
    ['a newer version', { format: 'csp-graph', version: 2 }, 'version', /must be 1 .*not '2'/],
    ['an unknown collection', { format: 'csp-graph', version: 1, partner: [] }, 'partner', /not a collection/],
    ['a collection that is no array', { format: 'csp-graph', version: 1, tenants: {} }, 'tenants', /array/],
  ])('refuses %s', (_name, document, field, reason) => {
    const [issue, ...rest] = issuesOf(document);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'data.json', record: '', field });
    expect(issue?.reason).toMatch(reason);
  });

  it('refuses a record that is not an object, naming its pointer', () => {
    const issues = issuesAfter((document) => {
      (document.tenants as unknown[])[2] = 'tenant-3';
    });
    expect(issues).toContainEqual({
      file: 'data.json',
      record: '/tenants/2',
      field: '',
      reason: 'must be an object of fields',
    });
  });
});

describe('fields', () => {
  it.each<[string, (document: Doc) => void, string, string, RegExp]>([
    ['a missing required field', (d) => delete record(d, 'partners', 1).name, '/partners/1', 'name', /^is required$/],
    [
      'an empty required field',
      (d) => (record(d, 'organizations', 0).name = ''),
      '/organizations/0',
      'name',
      /^is required$/,
    ],
    ['a blank name', (d) => (record(d, 'customers', 1).name = '   '), '/customers/1', 'name', /blank/],
    ['a number as id', (d) => (record(d, 'tenants', 0).id = 42), '/tenants/0', 'id', /must be text, not number '42'/],
    ['an id with a trailing space', (d) => (record(d, 'tenants', 0).id = 't-1 '), '/tenants/0', 'id', /white space/],
    ['a malformed date', (d) => (record(d, 'supplies', 0).since = '01/02/2020'), '/supplies/0', 'since', /YYYY-MM-DD/],
    [
      'a date that does not exist',
      (d) => (record(d, 'subscriptions', 0).createdOn = '2021-02-30'),
      '/subscriptions/0',
      'createdOn',
      /not a date that exists/,
    ],
    [
      'February 29 of a common year',
      (d) => (record(d, 'partners', 0).mpaSignedOn = '2023-02-29'),
      '/partners/0',
      'mpaSignedOn',
      /not a date that exists/,
    ],
    ['a lower-case country', (d) => (record(d, 'tenants', 1).country = 'fr'), '/tenants/1', 'country', /two-letter/],
    [
      'an unknown tenant kind',
      (d) => (record(d, 'tenants', 1).kind = 'partner'),
      '/tenants/1',
      'kind',
      /must be one of csp, customer, not 'partner'/,
    ],
    [
      'an unknown cloud',
      (d) => (record(d, 'tenants', 1).cloud = 'moon'),
      '/tenants/1',
      'cloud',
      /commercial, us-government, china-21vianet/,
    ],
    ['an empty role list', (d) => (record(d, 'partners', 0).roles = []), '/partners/0', 'roles', /at least one role/],
    [
      'an unknown role',
      (d) => (record(d, 'partners', 0).roles = ['indirect-provider', 'distributor']),
      '/partners/0',
      'roles',
      /^item 2: must be one of indirect-provider/,
    ],
    [
      'a role named twice',
      (d) => (record(d, 'partners', 1).roles = ['indirect-reseller', 'indirect-reseller']),
      '/partners/1',
      'roles',
      /twice/,
    ],
    [
      'roles as text',
      (d) => (record(d, 'partners', 1).roles = 'indirect-reseller'),
      '/partners/1',
      'roles',
      /must be a list, not the text/,
    ],
    ['an mpnId with letters', (d) => (record(d, 'partners', 1).mpnId = '10A2'), '/partners/1', 'mpnId', /digits only/],
    ['an mpnId as a number', (d) => (record(d, 'partners', 1).mpnId = 1000002), '/partners/1', 'mpnId', /must be text/],
    [
      'a share above 1',
      (d) => (record(d, 'ownerships', 0).share = 1.5),
      '/ownerships/0',
      'share',
      /at most 1, not '1.5'/,
    ],
    ['a negative share', (d) => (record(d, 'ownerships', 0).share = -0.1), '/ownerships/0', 'share', /at least 0/],
    [
      'a share as text',
      (d) => (record(d, 'ownerships', 1).share = '25%'),
      '/ownerships/1',
      'share',
      /must be a number, not the text '25%'/,
    ],
    [
      'a boolean as text',
      (d) => (record(d, 'ownerships', 0).directsManagement = 'yes'),
      '/ownerships/0',
      'directsManagement',
      /true or false/,
    ],
    [
      'an unknown status',
      (d) => (record(d, 'subscriptions', 1).status = 'cancelled'),
      '/subscriptions/1',
      'status',
      /must be one of none, active/,
    ],
    [
      'an unknown field',
      (d) => (record(d, 'customers', 0).Country = 'DE'),
      '/customers/0',
      'Country',
      /not a field of customers .*case-sensitive/,
    ],
    [
      'a domain with spaces',
      (d) => (record(d, 'customers', 0).domain = 'wood grove'),
      '/customers/0',
      'domain',
      /white space/,
    ],
  ])('refuses %s', (_name, change, pointer, field, reason) => {
    const issues = issuesAfter(change);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data.json', record: pointer, field });
    expect(issues[0]?.reason).toMatch(reason);
  });

  it('refuses a 10 MB name quickly, with its length and without echoing it', () => {
    const started = Date.now();
    const issues = issuesAfter((d) => {
      record(d, 'partners', 0).name = 'x'.repeat(10 * 1024 * 1024);
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(issues).toEqual([
      {
        file: 'data.json',
        record: '/partners/0',
        field: 'name',
        reason: 'is 10,485,760 characters long; at most 1,000 are allowed',
      },
    ]);
  });

  it('accepts null and empty optional values as absent', () => {
    const issues = issuesAfter((d) => {
      record(d, 'organizations', 0).country = null;
      record(d, 'customers', 0).domain = '';
      record(d, 'subscriptions', 0).resellerOfRecordId = null;
    });
    expect(issues).toEqual([]);
  });

  it('reports every problem of a record and of the document, not just the first', () => {
    const issues = issuesAfter((d) => {
      Object.assign(record(d, 'partners', 0), { mpnId: 'abc', country: 'France', roles: [] });
      record(d, 'tenants', 4).kind = 'other';
    });
    expect(issues.map((issue) => `${issue.record} ${issue.field}`).sort()).toEqual([
      '/partners/0 country',
      '/partners/0 mpnId',
      '/partners/0 roles',
      '/tenants/4 kind',
    ]);
  });
});

describe('checks across records', () => {
  it.each<[string, (document: Doc) => void, string, string, RegExp]>([
    [
      'a repeated organization id',
      (d) => list(d, 'organizations').push({ id: 'org-contoso', name: 'Contoso again' }),
      '/organizations/4',
      'id',
      /repeats 'org-contoso', already given at \/organizations\/0/,
    ],
    [
      'a repeated tenant id',
      (d) => (record(d, 'tenants', 4).id = 't-woodgrove'),
      '/tenants/4',
      'id',
      /already given at \/tenants\/2/,
    ],
    [
      'a repeated PartnerID',
      (d) => (record(d, 'partners', 1).mpnId = '1000001'),
      '/partners/1',
      'mpnId',
      /repeats '1000001'/,
    ],
    [
      'a repeated subscription id',
      (d) => (record(d, 'subscriptions', 2).id = 's-litware-azure'),
      '/subscriptions/2',
      'id',
      /repeats/,
    ],
    [
      'a repeated supply',
      (d) => (record(d, 'supplies', 0).since = '2018-01-01'),
      '/supplies/1',
      'providerId, resellerId, since',
      /same providerId, resellerId, since/,
    ],
    [
      'a repeated ownership',
      (d) => list(d, 'ownerships').push({ ownerId: 'org-contoso', ownedId: 'org-woodgrove', share: 0.3 }),
      '/ownerships/2',
      'ownerId, ownedId',
      /\/ownerships\/1/,
    ],
    [
      'a repeated management relationship',
      (d) => list(d, 'managementRelationships').push({ ...record(d, 'managementRelationships', 0), until: undefined }),
      '/managementRelationships/2',
      'partnerId, customerId, kind, since',
      /repeats/,
    ],
    [
      'a self-ownership',
      (d) => (record(d, 'ownerships', 0).ownedId = 'org-northwind'),
      '/ownerships/0',
      'ownedId',
      /owner itself/,
    ],
    [
      'a partner supplying itself',
      (d) => (record(d, 'supplies', 0).resellerId = 'p-contoso-de'),
      '/supplies/0',
      'resellerId',
      /provider itself/,
    ],
    [
      'an end before the start',
      (d) => (record(d, 'resellerRelationships', 1).until = '2019-01-01'),
      '/resellerRelationships/1',
      'until',
      /'2019-01-01' is before since '2020-06-01'/,
    ],
  ])('refuses %s', (_name, change, pointer, field, reason) => {
    const issues = issuesAfter(change);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data.json', record: pointer, field });
    expect(issues[0]?.reason).toMatch(reason);
  });

  it('still checks the other fields of a record that has a refused field', () => {
    const issues = issuesAfter((d) => {
      Object.assign(record(d, 'tenants', 4), { id: 't-woodgrove', kind: 'other' });
      Object.assign(record(d, 'resellerRelationships', 1), { customerId: 42, until: '2019-01-01' });
    });
    expect(issues.map((issue) => `${issue.record} ${issue.field}`).sort()).toEqual([
      '/resellerRelationships/1 customerId',
      '/resellerRelationships/1 until',
      '/tenants/4 id',
      '/tenants/4 kind',
    ]);
  });

  it('keeps another relationship between the same endpoints with another start date', () => {
    const issues = issuesAfter((d) => {
      list(d, 'supplies').push({ providerId: 'p-contoso-de', resellerId: 'p-fabrikam-fr', since: '2024-01-01' });
    });
    expect(issues).toEqual([]);
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2021-02-30', false],
    ['2021-04-31', false],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-12-31', true],
    ['0099-01-01', true],
    ['2021-1-01', false],
  ])('%s -> %s', (text, expected) => {
    expect(isRealDate(text)).toBe(expected);
  });
});
