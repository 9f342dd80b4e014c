// A distributor's Partner Center export against the real Neo4j: it imports through the product's importer, importing
// it again changes nothing, a bad export leaves the graph exactly as it was, and the scan finds what was planted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { ImportError, type ImportIssue } from '../../server/import/import-path';
import { importPartnerCenter } from '../../server/import/partner-center/import-partner-center';
import { loadCatalog } from '../../server/rules/catalog';
import { runScan } from '../../server/scan/run-scan';
import { expectRefused as expectImportRefused } from '../support/expect-refused';
import { runCli } from '../support/run-cli';
import { clearGraph, graphSnapshot, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const EXPORT = path.join(PROJECT_ROOT, 'test', 'fixtures', 'partner-center', 'distributor');
const scratch = mkdtempSync(path.join(tmpdir(), 'csp-partner-center-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The ids of the export, by what they are. */
const DISTRIBUTOR = 'a11ce000-0000-4a00-8000-000000000001';
const FABRIKAM_FR = 'b0b00000-0001-4b00-8000-000000000001';
const NORTHWIND_DE = 'b0b00000-0002-4b00-8000-000000000002';
const ADATUM_US = 'b0b00000-0003-4b00-8000-000000000003';
const LITWARE_IT = 'b0b00000-0004-4b00-8000-000000000004';
const WOODGROVE = 'c0a8d1e2-0001-4c00-9000-000000000001';
const TAILSPIN = 'c0a8d1e2-0002-4c00-9000-000000000002';
const MARGIES = 'c0a8d1e2-0004-4c00-9000-000000000004';
const subscription = (n: number) => `5c0b0000-000${n}-4d00-a000-00000000000${n}`;

/** A copy of the export, changed by `edit` (file -> new text, from the old one). */
function changedExport(name: string, edits: Record<string, (text: string) => string>): string {
  const folder = path.join(scratch, name);
  cpSync(EXPORT, folder, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(folder, file);
    writeFileSync(target, edit(readFileSync(target, 'utf8')));
  }
  return folder;
}

function rows<S extends z.ZodType>(row: S, query: string): Promise<z.output<S>[]> {
  return readRows(db(), row, query);
}

beforeEach(async () => {
  await clearGraph(db());
});

describe('a distributor export', () => {
  it('converts every Partner Center record and writes it in one transaction', async () => {
    const result = await importPartnerCenter(db(), EXPORT);
    expect(result).toMatchObject({ written: true, transaction: 'single', records: 39 });
    expect(result.counts).toEqual({
      organizations: 5,
      ownerships: 0,
      tenants: 9,
      partners: 5,
      customers: 5,
      supplies: 4,
      resellerRelationships: 5,
      managementRelationships: 0,
      subscriptions: 6,
    });

    const supplies = await rows(
      z.object({ reseller: z.string(), since: z.string(), labels: z.array(z.string()), mpa: z.string().nullable() }),
      `MATCH (:Partner {id: '${DISTRIBUTOR}'})-[s:SUPPLIES]->(r:Partner)
       RETURN r.name AS reseller, toString(s.since) AS since, labels(r) AS labels, toString(r.mpaSignedOn) AS mpa
       ORDER BY reseller`,
    );
    expect(supplies).toEqual([
      { reseller: 'Adatum US', since: '2025-06-30', labels: ['Partner', 'IndirectReseller'], mpa: '2020-02-01' },
      { reseller: 'Fabrikam FR', since: '2023-03-01', labels: ['Partner', 'IndirectReseller'], mpa: '2020-02-01' },
      { reseller: 'Litware IT', since: '2024-05-01', labels: ['Partner', 'IndirectReseller'], mpa: null },
      { reseller: 'Northwind DE', since: '2025-06-30', labels: ['Partner', 'IndirectReseller'], mpa: '2020-02-01' },
    ]);

    const subscriptions = await rows(
      z.object({ id: z.string(), customer: z.string(), billedBy: z.string(), reseller: z.string().nullable() }),
      `MATCH (s:Subscription)-[:FOR]->(c:Customer), (s)-[:BILLED_BY]->(b:Partner)
       OPTIONAL MATCH (s)-[:RESELLER_OF_RECORD]->(r:Partner)
       RETURN s.id AS id, c.id AS customer, b.id AS billedBy, r.id AS reseller ORDER BY id`,
    );
    expect(subscriptions).toEqual([
      { id: subscription(1), customer: WOODGROVE, billedBy: DISTRIBUTOR, reseller: FABRIKAM_FR },
      { id: subscription(2), customer: WOODGROVE, billedBy: DISTRIBUTOR, reseller: FABRIKAM_FR },
      { id: subscription(3), customer: TAILSPIN, billedBy: DISTRIBUTOR, reseller: null },
      { id: subscription(4), customer: NORTHWIND_DE, billedBy: DISTRIBUTOR, reseller: FABRIKAM_FR },
      { id: subscription(5), customer: MARGIES, billedBy: DISTRIBUTOR, reseller: LITWARE_IT },
      { id: subscription(6), customer: TAILSPIN, billedBy: DISTRIBUTOR, reseller: null },
    ]);

    // The customer on Northwind's CSP tenant does not turn that tenant into a customer-type one.
    const [tenant] = await rows(
      z.object({ kind: z.string(), users: z.array(z.string()) }),
      `MATCH (t:Tenant {id: '${NORTHWIND_DE}'})
       RETURN t.kind AS kind, [(t)<-[:USES_TENANT|ON_TENANT]-(n) | labels(n)[0]] AS users`,
    );
    expect(tenant?.kind).toBe('csp');
    expect([...(tenant?.users ?? [])].sort()).toEqual(['Customer', 'Partner']);
  });

  it('changes nothing when imported again, in either transaction mode', async () => {
    await importPartnerCenter(db(), EXPORT);
    const first = await graphSnapshot(db());
    await importPartnerCenter(db(), EXPORT);
    expect(await graphSnapshot(db())).toBe(first);
    await importPartnerCenter(db(), EXPORT, { transaction: 'journaled', batchSize: 2 });
    expect(await graphSnapshot(db())).toBe(first);
  });

  it('writes nothing on a dry run', async () => {
    const before = await graphSnapshot(db());
    const result = await importPartnerCenter(db(), EXPORT, { dryRun: true });
    expect(result).toMatchObject({ written: false, records: 39 });
    expect(await graphSnapshot(db())).toBe(before);
  });

  it('gives a scan exactly the violations planted in it', async () => {
    await importPartnerCenter(db(), EXPORT);
    const { findings } = await runScan(db(), loadCatalog(), { asOf: '2025-06-30' });
    expect(findings.map((finding) => finding.key).sort()).toEqual(
      [
        // Adatum US is in the United States region, its provider in Europe.
        ['cross-region-partnership', DISTRIBUTOR, ADATUM_US],
        // Litware IT never signed the agreement, yet is supplied and is reseller of record.
        ['mpa-not-signed', LITWARE_IT, DISTRIBUTOR, LITWARE_IT],
        ['mpa-not-signed', LITWARE_IT, subscription(5)],
        // Tailspin is the distributor's direct customer: from the subscriptions list and the reconciliation file.
        ['provider-direct-sale', DISTRIBUTOR, subscription(3)],
        ['provider-direct-sale', DISTRIBUTOR, subscription(6)],
        // Northwind buys for its own use, on its CSP tenant, from the provider that supplies it: both the scenario 6
        // finding and the tenant's, whoever bills it.
        ['reseller-customer-of-own-provider', DISTRIBUTOR, NORTHWIND_DE, NORTHWIND_DE],
        ['csp-tenant-as-customer', NORTHWIND_DE, NORTHWIND_DE],
      ]
        .map((subjects) => subjects.join('|'))
        .sort(),
    );
  });
});

describe('a bad export', () => {
  async function expectRefused(folder: string, expected: Partial<ImportIssue>[]): Promise<ImportIssue[]> {
    await importPartnerCenter(db(), EXPORT);
    return expectImportRefused(db(), () => importPartnerCenter(db(), folder), expected);
  }

  it("is refused for its own problems and the importer's, each at its Partner Center file, record and field", async () => {
    const folder = changedExport('bad', {
      'customers.json': (text) =>
        text
          .replace('"relationshipToPartner": "none"', '"relationshipToPartner": "advisor"')
          .replace('"country": "FR", "city": "Paris"', '"country": "RU"')
          .replace(
            `"associatedPartnerId": "${FABRIKAM_FR}"`,
            '"associatedPartnerId": "0000dead-0000-4000-8000-000000000000"',
          ),
      [`subscriptions/${WOODGROVE}.json`]: (text) =>
        text
          .replace('"status": "Suspended"', '"status": "Cancelled"')
          .replace('"partnerId": "6200001"', '"partnerId": "6999999"'),
      'reconciliation.csv': (text) =>
        text.replace(
          '5/1/2024,Microsoft 365 Business Standard,Cycle',
          '5/2/2024,Microsoft 365 Business Standard,Cycle',
        ),
    });
    const customers = path.join(folder, 'customers.json');
    const woodgroveSubscriptions = path.join(folder, 'subscriptions', `${WOODGROVE}.json`);
    const issues = await expectRefused(folder, [
      {
        file: customers,
        record: `/items/0 (id '${WOODGROVE}')`,
        field: 'billingProfile.defaultAddress.country',
        reason: expect.stringMatching(/^'RU' is not a country of the region table in force/),
      },
      {
        file: customers,
        record: `/items/0 (id '${WOODGROVE}')`,
        field: 'associatedPartnerId',
        reason: "names partner '0000dead-0000-4000-8000-000000000000', which is neither in the import nor in the graph",
      },
      {
        file: customers,
        record: "/items/3 (id 'c0a8d1e2-0005-4c00-9000-000000000005')",
        field: 'relationshipToPartner',
        reason: expect.stringMatching(/^'advisor' is not one of reseller, none; /),
      },
      {
        file: woodgroveSubscriptions,
        record: `/items/0 (id '${subscription(1)}')`,
        field: 'partnerId',
        reason: expect.stringMatching(/^names PartnerID '6999999', which is neither the exporting account/),
      },
      {
        file: woodgroveSubscriptions,
        record: `/items/1 (id '${subscription(2)}')`,
        field: 'status',
        reason: expect.stringMatching(/^'Cancelled' is not one of none, active, /),
      },
      {
        file: path.join(folder, 'reconciliation.csv'),
        record: `line 3 (SubscriptionId '${subscription(5)}')`,
        field: 'SubscriptionStartDate',
        reason: `'2024-05-02' differs from '2024-05-01' on line 2 (SubscriptionId '${subscription(5)}'), a row of the same subscription`,
      },
    ]);
    expect(issues).toHaveLength(6);
  });

  it('is refused when partner.json is missing, naming the file', async () => {
    const folder = changedExport('no-partner', {});
    rmSync(path.join(folder, 'partner.json'));
    await expectRefused(folder, [{ file: path.join(folder, 'partner.json'), record: '', field: '' }]);
  });
});

describe('a reseller the export does not list', () => {
  /** The export without Fabrikam FR in its reseller list, though its subscriptions and customers still name it. */
  function withoutFabrikam(): string {
    const folder = changedExport('without-fabrikam', {
      'indirect-resellers/page-1.json': (text) => {
        const page = JSON.parse(text) as { items: { id?: string }[] };
        return JSON.stringify({ ...page, items: page.items.filter((item) => item.id !== FABRIKAM_FR) });
      },
    });
    rmSync(path.join(folder, 'agreement-status', '6200001.json'));
    return folder;
  }

  it('is refused at every record that names it when the graph does not hold it either', async () => {
    const folder = withoutFabrikam();
    const before = await graphSnapshot(db());
    const error = await importPartnerCenter(db(), folder).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportError);
    const places = (error as ImportError).issues.map((issue) => [path.relative(folder, issue.file), issue.field]);
    expect(places).toEqual([
      ['customers.json', 'associatedPartnerId'],
      ['customers.json', 'associatedPartnerId'],
      ['subscriptions/b0b00000-0002-4b00-8000-000000000002.json', 'partnerId'],
      [`subscriptions/${WOODGROVE}.json`, 'partnerId'],
      [`subscriptions/${WOODGROVE}.json`, 'partnerId'],
    ]);
    expect(await graphSnapshot(db())).toBe(before);
  });

  it('is found among the partner accounts already in the graph, by its PartnerID', async () => {
    await importPartnerCenter(db(), EXPORT);
    const before = await graphSnapshot(db());
    await importPartnerCenter(db(), withoutFabrikam());
    expect(await graphSnapshot(db())).toBe(before);
  });
});

describe('./csp import --from partner-center', () => {
  it('checks an export and reports what it would import', async () => {
    const result = await runCli(['import', EXPORT, '--from', 'partner-center', '--dry-run']);
    expect(result.stderr).not.toMatch(/refused/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${EXPORT} is valid: 39 records would be imported`);
  });

  it('refuses an unknown source and a bad export, exiting with 1', async () => {
    const unknown = await runCli(['import', EXPORT, '--from', 'partner-centre']);
    expect(unknown.stderr).toContain("--from must be one of csp-graph, partner-center, not 'partner-centre'");
    const folder = changedExport('cli-bad', {
      'indirect-resellers/page-2.json': (text) => text.replace('"location": "US"', '"location": "USA"'),
    });
    const refused = await runCli(['import', folder, '--from', 'partner-center']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${path.join(folder, 'indirect-resellers', 'page-2.json')} /0 (id '${ADATUM_US}'), field 'location': must be a two-letter ISO 3166-1 code in capitals, like FR`,
    );
  });
});
