// Bad input against the real Neo4j: each refusal names file, record and field, and leaves the graph exactly as it was.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { cypher } from '../../server/db/cypher-files';
import { ImportChecker } from '../../server/import/check-import';
import { importDocument, importPath } from '../../server/import/import-path';
import { expectRefused } from '../support/expect-refused';
import { recordingReads } from '../support/recording-reads';
import { clearGraph, graphSnapshot, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const COMPLETE_JSON = path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'complete.json');
const ODD_NAMES_CSV = path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'odd-names-csv');
const scratch = mkdtempSync(path.join(tmpdir(), 'csp-import-refusals-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Doc = Record<string, unknown>;

function complete(): Doc {
  return JSON.parse(readFileSync(COMPLETE_JSON, 'utf8')) as Doc;
}

function list(document: Doc, collection: string): Record<string, unknown>[] {
  const found = document[collection];
  if (!Array.isArray(found)) throw new Error(`The document has no ${collection}`);
  return found;
}

/** A document with only the given collections, imported on top of the complete fixture already in the graph. */
function documentWith(collections: Record<string, Record<string, unknown>[]>): Doc {
  return { format: 'csp-graph', version: 1, ...collections };
}

function scratchFile(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

function scratchFolder(name: string, files: Record<string, string>): string {
  const folder = path.join(scratch, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(folder, file), text);
  return folder;
}

const newPartner = {
  id: 'p-new',
  mpnId: '2000001',
  name: 'New Partner',
  organizationId: 'org-contoso',
  tenantId: 't-contoso-csp',
  country: 'DE',
  roles: ['indirect-reseller'],
};

beforeEach(async () => {
  await clearGraph(db());
  await importPath(db(), COMPLETE_JSON);
});

describe('references', () => {
  it('refuses an id that is neither in the import nor in the graph', async () => {
    const issues = await expectRefused(
      db(),
      () =>
        importDocument(
          db(),
          documentWith({
            partners: [{ ...newPartner, organizationId: 'org-missing' }],
            subscriptions: [
              {
                id: 's-new',
                customerId: 'c-woodgrove',
                billedById: 'p-contoso-de',
                tenantId: 't-woodgrove',
                createdOn: '2024-01-01',
                resellerOfRecordId: 'p-missing',
              },
            ],
          }),
          'upload.json',
        ),
      [
        { file: 'upload.json', record: '/partners/0', field: 'organizationId' },
        { file: 'upload.json', record: '/subscriptions/0', field: 'resellerOfRecordId' },
      ],
    );
    expect(issues).toHaveLength(2);
    expect(issues[0]?.reason).toBe("names organization 'org-missing', which is neither in the import nor in the graph");
  });

  it('refuses an id of another kind of record', async () => {
    await expectRefused(
      db(),
      () =>
        importDocument(
          db(),
          documentWith({
            resellerRelationships: [{ partnerId: 'p-fabrikam-fr', customerId: 'p-contoso-de', since: '2024-01-01' }],
          }),
        ),
      [{ record: '/resellerRelationships/0', field: 'customerId', reason: expect.stringMatching(/names customer/) }],
    );
  });

  it('accepts references to records already in the graph', async () => {
    const result = await importDocument(db(), documentWith({ partners: [newPartner] }));
    expect(result.records).toBe(1);
    const [row] = await readRows(
      db(),
      z.object({ organization: z.string() }),
      "MATCH (:Partner {id: 'p-new'})-[:ACCOUNT_OF]->(o) RETURN o.id AS organization",
    );
    expect(row?.organization).toBe('org-contoso');
  });

  it('does not report a reference to a record that is refused for another reason', async () => {
    const document = complete();
    (list(document, 'organizations')[0] as Record<string, unknown>).name = '';
    const issues = await expectRefused(db(), () => importDocument(db(), document), [{ record: '/organizations/0' }]);
    expect(issues).toHaveLength(1);
  });
});

describe('keys', () => {
  it('refuses a repeated id', async () => {
    const document = complete();
    list(document, 'customers').push({ id: 'c-litware', name: 'Litware again', tenantId: 't-litware', country: 'FR' });
    await expectRefused(db(), () => importDocument(db(), document, 'data.json'), [
      { file: 'data.json', record: '/customers/2', field: 'id' },
    ]);
  });

  it('refuses a PartnerID that another partner account in the graph holds', async () => {
    await expectRefused(
      db(),
      () => importDocument(db(), documentWith({ partners: [{ ...newPartner, mpnId: '1000002' }] })),
      [
        {
          record: '/partners/0',
          field: 'mpnId',
          reason: "'1000002' is already the PartnerID of partner 'p-fabrikam-fr' in the graph",
        },
      ],
    );
  });
});

describe('values', () => {
  it('refuses malformed and impossible dates in CSV with file and line', async () => {
    const folder = scratchFolder('dates', {
      'reseller-relationships.csv':
        'partnerId,customerId,since,until\np-fabrikam-fr,c-litware,2021-02-30,\np-fabrikam-fr,c-litware,2021-03-01,31.12.2022\n',
    });
    const file = path.join(folder, 'reseller-relationships.csv');
    await expectRefused(db(), () => importPath(db(), folder), [
      { file, record: 'line 2', field: 'since', reason: 'is not a date that exists' },
      { file, record: 'line 3', field: 'until', reason: 'must be a date written YYYY-MM-DD' },
    ]);
  });

  it('refuses a country that the region table does not list, but not for an organization seat', async () => {
    const issues = await expectRefused(
      db(),
      () =>
        importDocument(
          db(),
          documentWith({
            organizations: [{ id: 'org-ru', name: 'Seat elsewhere', country: 'RU' }],
            tenants: [{ id: 't-ru', country: 'RU', kind: 'customer' }],
          }),
        ),
      [
        {
          record: '/tenants/0',
          field: 'country',
          reason: "'RU' is not a country of the region table in force (as of 2023-08-17)",
        },
      ],
    );
    expect(issues).toHaveLength(1);
  });

  it('reads the region table only for collections with a country to check', async () => {
    const { executor: counting, reads } = recordingReads(db());
    const regionReads = () => reads.filter((query) => query === cypher('import/region-countries.cypher')).length;
    await ImportChecker.forGraph(counting, ['supplies', 'subscriptions']);
    expect(regionReads()).toBe(0);
    const checker = await ImportChecker.forGraph(counting, ['supplies', 'tenants']);
    expect(regionReads()).toBe(1);
    checker.add('tenants', { at: { file: 'input', record: '/tenants/0' }, value: { id: 't-ru', country: 'RU' } });
    expect(await checker.againstGraph(db())).toEqual([
      expect.objectContaining({
        record: '/tenants/0',
        field: 'country',
        reason: expect.stringMatching(/^'RU' is not a country/),
      }),
    ]);
  });

  it('refuses wrong types', async () => {
    await expectRefused(
      db(),
      () =>
        importDocument(
          db(),
          documentWith({
            ownerships: [{ ownerId: 'org-contoso', ownedId: 'org-fabrikam', share: '0.5', directsManagement: 1 }],
            partners: [{ ...newPartner, mpnId: 2000001, roles: 'indirect-reseller' }],
          }),
        ),
      [
        { record: '/ownerships/0', field: 'share' },
        { record: '/ownerships/0', field: 'directsManagement' },
        { record: '/partners/0', field: 'mpnId' },
        { record: '/partners/0', field: 'roles' },
      ],
    );
  });

  it('refuses a 10 MB name in a file quickly, naming the field', async () => {
    const document = complete();
    (list(document, 'customers')[0] as Record<string, unknown>).name = 'W'.repeat(10 * 1024 * 1024);
    const file = scratchFile('huge.json', JSON.stringify(document));
    const started = Date.now();
    const issues = await expectRefused(db(), () => importPath(db(), file), [
      {
        file,
        record: '/customers/0',
        field: 'name',
        reason: 'is 10,485,760 characters long; at most 1,000 are allowed',
      },
    ]);
    expect(issues).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a 10 MB cell in a CSV file the same way', async () => {
    const folder = scratchFolder('huge-csv', {
      'organizations.csv': `id,name\norg-huge,${'x'.repeat(10 * 1024 * 1024)}\n`,
    });
    await expectRefused(db(), () => importPath(db(), folder), [
      { file: path.join(folder, 'organizations.csv'), record: 'line 2', field: 'name' },
    ]);
  });
});

describe('files', () => {
  it.each([
    ['an empty JSON file', 'empty.json', '', { record: '', reason: 'the file is empty' }],
    [
      'a truncated JSON file',
      'truncated.json',
      '{"format": "csp-graph", "version": 1, "tenants": [{"id": "t-x"',
      { reason: expect.stringMatching(/not complete JSON/) },
    ],
    [
      'a JSON file with a syntax error',
      'broken.json',
      '{"format": "csp-graph",\n "version": 1,,}',
      { record: expect.stringMatching(/^line 2, column/), reason: expect.stringMatching(/not valid JSON/) },
    ],
    ['a JSON document of another format', 'other.json', '{"format": "other", "version": 1}', { field: 'format' }],
  ])('refuses %s', async (_name, fileName, text, expected) => {
    const file = scratchFile(fileName, text);
    await expectRefused(db(), () => importPath(db(), file), [{ file, ...expected }]);
  });

  it('refuses a path that is neither a JSON file nor a folder, and one that does not exist', async () => {
    const file = scratchFile('data.txt', 'id,name');
    await expectRefused(db(), () => importPath(db(), file), [
      { file, reason: 'must be a .json file or a folder of CSV files' },
    ]);
    await expectRefused(db(), () => importPath(db(), path.join(scratch, 'nowhere.json')), [
      { reason: 'does not exist' },
    ]);
  });

  it('reports the problems of every file of a CSV folder together', async () => {
    const folder = scratchFolder('several', {
      'organizations.csv': '',
      'tenants.csv': 'id,country\nt-x,FR\n',
      'partners.csv': 'id,mpnId,name,organizationId,tenantId,country,roles,region\n',
      'customers.csv': 'id,name,tenantId,country\nc-x,X,t-nowhere,FR\n',
    });
    const issues = await expectRefused(db(), () => importPath(db(), folder), [
      { file: path.join(folder, 'organizations.csv'), record: '', field: '' },
      { file: path.join(folder, 'tenants.csv'), record: 'line 1', field: 'kind' },
      { file: path.join(folder, 'partners.csv'), record: 'line 1', field: 'region' },
      { file: path.join(folder, 'customers.csv'), record: 'line 2', field: 'tenantId' },
    ]);
    expect(issues).toHaveLength(4);
  });
});

describe('odd but valid names', () => {
  const oddNames = [
    `O'Brien "Consulting" \`Ltd\``,
    "x'}) MATCH (n) DETACH DELETE n //",
    '$name {id: 1} \\u0027 \\n',
    '<script>alert("x")</script> &amp; <b>bold</b>',
    'שותפים בע"מ — شركاء',
    '👩‍💻 Partner 🇫🇷 e\u0301',
    '  spaced name  ',
  ];

  it('stores them exactly as given, from JSON', async () => {
    const organizations = oddNames.map((name, index) => ({ id: `org-odd-${index}`, name }));
    await importDocument(db(), documentWith({ organizations }));
    const rows = await readRows(
      db(),
      z.object({ id: z.string(), name: z.string() }),
      "MATCH (o:Organization) WHERE o.id STARTS WITH 'org-odd-' RETURN o.id AS id, o.name AS name ORDER BY id",
    );
    expect(rows).toEqual(organizations);
    expect(await db().read('MATCH (n:Partner) RETURN count(n) AS partners')).toEqual([{ partners: 2 }]);
  });

  it('stores them exactly as given, from CSV', async () => {
    await importPath(db(), ODD_NAMES_CSV);
    const rows = await readRows(
      db(),
      z.object({ id: z.string(), name: z.string() }),
      "MATCH (o:Organization) WHERE o.id STARTS WITH 'org-odd' RETURN o.id AS id, o.name AS name ORDER BY id",
    );
    expect(rows).toEqual([
      { id: "org-odd'quote", name: 'He said "hello", then left' },
      { id: 'org-odd-cypher', name: "x'}) MATCH (n) DETACH DELETE n //" },
      { id: 'org-odd-html', name: '<img src=x onerror=alert(1)>' },
      { id: 'org-odd-lines', name: 'first line\nsecond line' },
      { id: 'org-odd-rtl', name: 'שותפים בע"מ' },
    ]);
  });
});

describe('all or nothing', () => {
  it('writes nothing on a dry run, and says what it would write', async () => {
    await clearGraph(db());
    const before = await graphSnapshot(db());
    const result = await importPath(db(), COMPLETE_JSON, { dryRun: true });
    expect(result).toMatchObject({ records: 24, written: false });
    expect(await graphSnapshot(db())).toBe(before);
  });

  it.each(['single', 'journaled'] as const)(
    'leaves the graph as it was when a later batch fails (%s)',
    async (transaction) => {
      // A constraint the import's checks know nothing about makes the third batch of subscriptions fail after
      // organizations, tenants, partners, customers and two batches of subscriptions were written.
      await db().write(
        'CREATE CONSTRAINT test_offer_name IF NOT EXISTS FOR (s:Subscription) REQUIRE s.offerName IS UNIQUE',
      );
      try {
        const subscription = (id: string, offerName: string) => ({
          id,
          customerId: 'c-late',
          billedById: 'p-contoso-de',
          tenantId: 't-late',
          createdOn: '2024-01-01',
          offerName,
        });
        const document = documentWith({
          organizations: [{ id: 'org-late', name: 'Late Ltd', country: 'DE' }],
          tenants: [{ id: 't-late', country: 'DE', kind: 'customer' }],
          partners: [{ ...newPartner, organizationId: 'org-late' }],
          customers: [{ id: 'c-late', name: 'Late customer', tenantId: 't-late', country: 'DE' }],
          subscriptions: [
            subscription('s-late-1', 'Plan one'),
            subscription('s-late-2', 'Plan two'),
            subscription('s-late-3', 'Plan three'),
            subscription('s-late-4', 'Plan four'),
            subscription('s-late-5', 'Plan one'),
          ],
        });
        let written = 0;
        const issues = await expectRefused(
          db(),
          () =>
            importDocument(db(), document, 'late.json', {
              transaction,
              batchSize: 2,
              onProgress: (progress) => {
                if (progress.phase === 'writing') written = Math.max(written, progress.done);
              },
            }),
          [{ file: 'late.json', reason: expect.stringMatching(/already exists/) }],
        );
        expect(issues).toHaveLength(1);
        expect(written).toBe(8);
        const [counts] = await readRows(
          db(),
          z.object({ n: z.number() }),
          "MATCH (n) WHERE n.id ENDS WITH 'late' OR n.id STARTS WITH 's-late' OR n.id = 'p-new' RETURN count(n) AS n",
        );
        expect(counts?.n).toBe(0);
      } finally {
        await db().write('DROP CONSTRAINT test_offer_name IF EXISTS');
      }
    },
  );
});
