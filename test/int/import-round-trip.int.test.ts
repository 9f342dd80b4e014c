// The importer against the real Neo4j: every entity and relationship type round-trips with its types, CSV and JSON
// give the same graph, importing again changes nothing, and a changed re-import gives the same graph in either mode.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { importDocument, importPath } from '../../server/import/import-path';
import { clearGraph, graphSnapshot, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'import');
const COMPLETE_JSON = path.join(FIXTURES, 'complete.json');
const COMPLETE_CSV = path.join(FIXTURES, 'complete-csv');

type Typed = Record<string, [unknown, string]>;

function completeDocument(): Record<string, Record<string, unknown>[]> {
  return JSON.parse(readFileSync(COMPLETE_JSON, 'utf8')) as Record<string, Record<string, unknown>[]>;
}

/** Each property as [value, Neo4j type], so a date stored as text would show; the change stamps are
 * change-tracking.int.test.ts's concern. */
function typed(pairs: [string, unknown, string][]): Typed {
  // Sorted by key: the order Neo4j lists a record's keys in depends on the order they were written.
  const sorted = [...pairs].sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(sorted.map(([key, value, type]) => [key, [value, type.replace(/ NOT NULL/g, '')]]));
}

async function nodes(label: string): Promise<Record<string, { labels: string[]; props: Typed }>> {
  const rows = await readRows(
    db(),
    z.object({
      id: z.string(),
      labels: z.array(z.string()),
      props: z.array(z.tuple([z.string(), z.unknown(), z.string()])),
    }),
    `MATCH (n) WHERE $label IN labels(n)
     RETURN n.id AS id, labels(n) AS labels, [key IN keys(n) WHERE NOT key IN ['changedAt', 'importBatch'] | [key, n[key], valueType(n[key])]] AS props`,
    { label },
  );
  return Object.fromEntries(rows.map((row) => [row.id, { labels: [...row.labels].sort(), props: typed(row.props) }]));
}

async function links(type: string): Promise<{ from: string; to: string; props: Typed }[]> {
  const rows = await readRows(
    db(),
    z.object({ from: z.string(), to: z.string(), props: z.array(z.tuple([z.string(), z.unknown(), z.string()])) }),
    `MATCH (a)-[r]->(b) WHERE type(r) = $type
     RETURN coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to,
            [key IN keys(r) WHERE NOT key IN ['changedAt', 'importBatch'] | [key, r[key], valueType(r[key])]] AS props`,
    { type },
  );
  return rows
    .map((row) => ({ from: row.from, to: row.to, props: typed(row.props) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const pairs = async (type: string) => (await links(type)).map((link) => `${link.from} -> ${link.to}`).sort();

beforeEach(async () => {
  await clearGraph(db());
});

/** The entities (by id) and relationships (ends and type) whose change stamp is later than `since`, a Cypher
 * datetime expression. */
async function stampedSince(since: string): Promise<string[]> {
  const rows = await readRows(
    db(),
    z.object({ what: z.string() }),
    `MATCH (n) WHERE n.changedAt > ${since} RETURN n.id AS what
     UNION
     MATCH (a)-[r]->(b) WHERE r.changedAt > ${since} RETURN a.id + ' ' + type(r) + ' ' + b.id AS what`,
  );
  return rows.map((row) => row.what).sort();
}

describe('a JSON import', () => {
  it('stores every entity with its properties, labels and types', async () => {
    const result = await importPath(db(), COMPLETE_JSON);
    expect(result.records).toBe(24);
    expect(result.counts).toEqual({
      organizations: 4,
      ownerships: 2,
      tenants: 5,
      partners: 2,
      customers: 2,
      supplies: 2,
      resellerRelationships: 2,
      managementRelationships: 2,
      subscriptions: 3,
    });
    expect(result.written).toBe(true);

    expect(await nodes('Organization')).toEqual({
      'org-contoso': {
        labels: ['Organization'],
        props: typed([
          ['id', 'org-contoso', 'STRING'],
          ['name', 'Contoso Ltd', 'STRING'],
          ['country', 'US', 'STRING'],
        ]),
      },
      'org-fabrikam': {
        labels: ['Organization'],
        props: typed([
          ['id', 'org-fabrikam', 'STRING'],
          ['name', 'Fabrikam SAS', 'STRING'],
          ['country', 'FR', 'STRING'],
        ]),
      },
      'org-northwind': {
        labels: ['Organization'],
        props: typed([
          ['id', 'org-northwind', 'STRING'],
          ['name', 'Northwind Holding', 'STRING'],
        ]),
      },
      'org-woodgrove': {
        labels: ['Organization'],
        props: typed([
          ['id', 'org-woodgrove', 'STRING'],
          ['name', 'Woodgrove Bank', 'STRING'],
          ['country', 'DE', 'STRING'],
        ]),
      },
    });

    const tenants = await nodes('Tenant');
    expect(Object.keys(tenants).sort()).toEqual([
      't-contoso-csp',
      't-contoso-gov',
      't-fabrikam-csp',
      't-litware',
      't-woodgrove',
    ]);
    expect(tenants['t-fabrikam-csp']?.props).toEqual(
      typed([
        ['id', 't-fabrikam-csp', 'STRING'],
        ['kind', 'csp', 'STRING'],
        ['cloud', 'commercial', 'STRING'],
      ]),
    );
    expect(tenants['t-contoso-gov']?.props.cloud).toEqual(['us-government', 'STRING']);

    const partners = await nodes('Partner');
    expect(partners['p-contoso-de']).toEqual({
      labels: ['DirectBill', 'IndirectProvider', 'Partner'],
      props: typed([
        ['id', 'p-contoso-de', 'STRING'],
        ['mpnId', '1000001', 'STRING'],
        ['name', 'Contoso Europe', 'STRING'],
        ['status', 'active', 'STRING'],
        ['mpaSignedOn', '2019-11-15', 'DATE'],
        ['onboardedOn', '2018-05-01', 'DATE'],
      ]),
    });
    expect(partners['p-fabrikam-fr']).toEqual({
      labels: ['IndirectReseller', 'Partner'],
      props: typed([
        ['id', 'p-fabrikam-fr', 'STRING'],
        ['mpnId', '1000002', 'STRING'],
        ['name', 'Fabrikam FR', 'STRING'],
        ['mpaSignedOn', '2020-03-10', 'DATE'],
        ['onboardedOn', '2020-01-15', 'DATE'],
        ['enrolledOn', '2020-01-20', 'DATE'],
      ]),
    });

    expect(await nodes('Customer')).toEqual({
      'c-woodgrove': {
        labels: ['Customer'],
        props: typed([
          ['id', 'c-woodgrove', 'STRING'],
          ['name', 'Woodgrove Bank', 'STRING'],
          ['domain', 'woodgrove.example', 'STRING'],
        ]),
      },
      'c-litware': {
        labels: ['Customer'],
        props: typed([
          ['id', 'c-litware', 'STRING'],
          ['name', 'Litware', 'STRING'],
        ]),
      },
    });

    const subscriptions = await nodes('Subscription');
    expect(subscriptions['s-woodgrove-m365']?.props).toEqual(
      typed([
        ['id', 's-woodgrove-m365', 'STRING'],
        ['createdOn', '2021-02-01', 'DATE'],
        ['status', 'active', 'STRING'],
        ['offerId', 'CFQ7TTC0LH18', 'STRING'],
        ['offerName', 'Microsoft 365 Business Basic', 'STRING'],
        ['billingType', 'license', 'STRING'],
      ]),
    );
    expect(subscriptions['s-litware-minimal']?.props).toEqual(
      typed([
        ['id', 's-litware-minimal', 'STRING'],
        ['createdOn', '2024-02-29', 'DATE'],
        ['status', 'active', 'STRING'],
      ]),
    );
  });

  it('stores every relationship with its properties and types', async () => {
    await importPath(db(), COMPLETE_JSON);
    expect(await links('OWNS')).toEqual([
      {
        from: 'org-contoso',
        to: 'org-woodgrove',
        props: typed([
          ['share', 0.25, 'FLOAT'],
          ['directsManagement', false, 'BOOLEAN'],
        ]),
      },
      {
        from: 'org-northwind',
        to: 'org-fabrikam',
        props: typed([
          ['share', 0.6, 'FLOAT'],
          ['directsManagement', true, 'BOOLEAN'],
          ['since', '2019-01-01', 'DATE'],
        ]),
      },
    ]);
    expect(await links('SUPPLIES')).toEqual([
      {
        from: 'p-contoso-de',
        to: 'p-fabrikam-fr',
        props: typed([
          ['since', '2018-01-01', 'DATE'],
          ['until', '2019-12-31', 'DATE'],
          ['state', 'inactive', 'STRING'],
        ]),
      },
      {
        from: 'p-contoso-de',
        to: 'p-fabrikam-fr',
        props: typed([
          ['since', '2020-02-01', 'DATE'],
          ['state', 'active', 'STRING'],
        ]),
      },
    ]);
    expect(await links('SELLS_TO')).toEqual([
      {
        from: 'p-contoso-de',
        to: 'c-litware',
        props: typed([
          ['since', '2020-06-01', 'DATE'],
          ['until', '2022-06-01', 'DATE'],
        ]),
      },
      { from: 'p-fabrikam-fr', to: 'c-woodgrove', props: typed([['since', '2021-01-01', 'DATE']]) },
    ]);
    expect(await links('MANAGES')).toEqual([
      {
        from: 'p-contoso-de',
        to: 'c-woodgrove',
        props: typed([
          ['kind', 'support', 'STRING'],
          ['since', '2021-03-01', 'DATE'],
        ]),
      },
      {
        from: 'p-fabrikam-fr',
        to: 'c-litware',
        props: typed([
          ['kind', 'gdap', 'STRING'],
          ['since', '2022-01-01', 'DATE'],
          ['until', '2024-01-01', 'DATE'],
        ]),
      },
    ]);
    expect(await pairs('ACCOUNT_OF')).toEqual([
      'c-woodgrove -> org-woodgrove',
      'p-contoso-de -> org-contoso',
      'p-fabrikam-fr -> org-fabrikam',
    ]);
    expect(await pairs('USES_TENANT')).toEqual(['p-contoso-de -> t-contoso-csp', 'p-fabrikam-fr -> t-fabrikam-csp']);
    expect(await pairs('ON_TENANT')).toEqual(['c-litware -> t-litware', 'c-woodgrove -> t-woodgrove']);
    expect(await pairs('IN_COUNTRY')).toEqual([
      'c-litware -> FR',
      'c-woodgrove -> DE',
      'p-contoso-de -> DE',
      'p-fabrikam-fr -> FR',
      't-contoso-csp -> DE',
      't-contoso-gov -> US',
      't-fabrikam-csp -> FR',
      't-litware -> FR',
      't-woodgrove -> DE',
    ]);
    expect(await pairs('FOR')).toEqual([
      's-litware-azure -> c-litware',
      's-litware-minimal -> c-litware',
      's-woodgrove-m365 -> c-woodgrove',
    ]);
    expect(await pairs('BILLED_BY')).toEqual([
      's-litware-azure -> p-contoso-de',
      's-litware-minimal -> p-contoso-de',
      's-woodgrove-m365 -> p-contoso-de',
    ]);
    expect(await pairs('RESELLER_OF_RECORD')).toEqual(['s-woodgrove-m365 -> p-fabrikam-fr']);
    expect(await pairs('PROVISIONED_ON')).toEqual([
      's-litware-azure -> t-litware',
      's-litware-minimal -> t-litware',
      's-woodgrove-m365 -> t-woodgrove',
    ]);
    for (const link of [...(await links('ACCOUNT_OF')), ...(await links('IN_COUNTRY')), ...(await links('FOR'))]) {
      expect(link.props).toEqual({});
    }
  });

  it('changes nothing when the same data is imported again', async () => {
    await importPath(db(), COMPLETE_JSON);
    const first = await graphSnapshot(db());
    const again = await importPath(db(), COMPLETE_JSON);
    expect(again.records).toBe(24);
    expect(await graphSnapshot(db())).toBe(first);
  });
});

describe('a CSV folder import', () => {
  it('gives the same graph as the same content in JSON', async () => {
    await importPath(db(), COMPLETE_JSON);
    const fromJson = await graphSnapshot(db());
    await clearGraph(db());
    const result = await importPath(db(), COMPLETE_CSV);
    expect(result.records).toBe(24);
    expect(await graphSnapshot(db())).toBe(fromJson);
  });
});

describe.each(['single', 'journaled'] as const)('a re-import with changed content (%s)', (transaction) => {
  it('leaves the graph as a fresh import of the latest content would', async () => {
    const changed = completeDocument();
    const partner = changed.partners?.[0] as Record<string, unknown>;
    partner.roles = ['indirect-reseller'];
    partner.status = undefined;
    partner.mpaSignedOn = undefined;
    partner.tenantId = 't-fabrikam-csp';
    const customer = changed.customers?.[0] as Record<string, unknown>;
    customer.organizationId = undefined;
    customer.domain = undefined;
    customer.country = 'AT';
    (changed.tenants?.[3] as Record<string, unknown>).country = 'BE';
    const subscription = changed.subscriptions?.[0] as Record<string, unknown>;
    subscription.resellerOfRecordId = undefined;
    subscription.billingType = undefined;
    subscription.billedById = 'p-fabrikam-fr';
    (changed.supplies?.[1] as Record<string, unknown>).until = undefined;
    (changed.ownerships?.[0] as Record<string, unknown>).since = undefined;

    await importDocument(db(), changed, 'changed.json', { transaction, batchSize: 1 });
    const fresh = await graphSnapshot(db());
    await clearGraph(db());
    await importPath(db(), COMPLETE_JSON);
    expect(await graphSnapshot(db())).not.toBe(fresh);
    await importDocument(db(), changed, 'changed.json', { transaction, batchSize: 1 });
    expect(await graphSnapshot(db())).toBe(fresh);
  });

  it('writes only the records that differ; the others keep their stamps and count as left alone', async () => {
    await importPath(db(), COMPLETE_JSON);
    const old = "datetime('2020-01-01T00:00:00Z')";
    await db().write(`MATCH (n) WHERE n.changedAt IS NOT NULL SET n.changedAt = ${old}`);
    await db().write(`MATCH ()-[r]->() WHERE r.changedAt IS NOT NULL SET r.changedAt = ${old}`);
    const counts = Object.fromEntries(
      Object.entries(completeDocument())
        .filter(([, value]) => Array.isArray(value))
        .map(([key, value]) => [key, value.length]),
    );

    const same = await importDocument(db(), completeDocument(), 'same.json', { transaction, batchSize: 1 });
    expect(same.summary).toMatchObject({ added: {}, rewritten: {}, unchanged: counts });
    expect(await stampedSince(old)).toEqual([]);

    // One record of each collection differs: a property set, changed or left out, or a link moved.
    const changed = completeDocument();
    const first = (collection: string) => changed[collection]?.[0] as Record<string, unknown>;
    first('organizations').name = 'Contoso Holdings';
    first('ownerships').share = 0.5;
    first('tenants').country = 'AT';
    first('partners').status = 'suspended';
    first('customers').domain = undefined;
    first('supplies').until = '2030-01-01';
    first('resellerRelationships').until = '2030-01-01';
    first('managementRelationships').until = undefined;
    first('subscriptions').offerName = 'Microsoft 365 Business Standard';
    const result = await importDocument(db(), changed, 'changed.json', { transaction, batchSize: 1 });
    expect(result.summary?.added).toEqual({});
    expect(result.summary?.rewritten).toEqual(Object.fromEntries(Object.keys(counts).map((key) => [key, 1])));
    expect(result.summary?.unchanged).toEqual(
      Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, count - 1])),
    );
    expect(await stampedSince(old)).toEqual(
      [
        'c-woodgrove',
        'org-contoso',
        'p-contoso-de',
        's-woodgrove-m365',
        't-contoso-csp',
        'org-northwind OWNS org-fabrikam',
        'p-contoso-de SUPPLIES p-fabrikam-fr',
        'p-fabrikam-fr MANAGES c-litware',
        'p-fabrikam-fr SELLS_TO c-woodgrove',
      ].sort(),
    );
  });

  it('moves PartnerIDs between partner accounts within one import', async () => {
    await importPath(db(), COMPLETE_JSON);
    const swapped = completeDocument();
    const [first, second] = swapped.partners as [Record<string, unknown>, Record<string, unknown>];
    [first.mpnId, second.mpnId] = [second.mpnId, first.mpnId];
    await importDocument(db(), swapped, 'swapped.json', { transaction, batchSize: 1 });
    const rows = await readRows(
      db(),
      z.object({ id: z.string(), mpnId: z.string() }),
      'MATCH (p:Partner) RETURN p.id AS id, p.mpnId AS mpnId ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 'p-contoso-de', mpnId: '1000002' },
      { id: 'p-fabrikam-fr', mpnId: '1000001' },
    ]);
  });
});
