// A generated ecosystem has the promised shape (regions, a heavy tail of resellers, the realistic variations) and
// is valid import input, checked with the importer's own reader and validator.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../server/generate/csv-file';
import { generateEcosystem, type Manifest } from '../../server/generate/generate-ecosystem';
import { checkWithinImport } from '../../server/import/check-import';
import type { ImportIssue } from '../../server/import/import-error';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey, fieldsOf } from '../../server/import/import-schema';
import { parseCsvCollection } from '../../server/import/read-csv-folder';
import { validateRecords } from '../../server/import/validate-records';
import { defaultRegionTable } from '../../server/regions/region-table';

/** Generation runs in a hook; unit test files run side by side on a shared machine, so allow it time. */
const GENERATION_TIMEOUT_MS = 120_000;

type Row = Record<string, string>;

const CUSTOMERS = 5000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('generated ecosystem shape', () => {
  let out: string;
  let manifest: Manifest;
  const texts = new Map<CollectionKey, string>();
  const rows = new Map<CollectionKey, Row[]>();
  const table = defaultRegionTable();
  const regionOf = new Map(table.rows.map((row) => [row.code, row.region]));
  const of = (key: CollectionKey) => rows.get(key) ?? [];

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'csp-generate-shape-'));
    manifest = await generateEcosystem({
      customers: CUSTOMERS,
      seed: 'shape',
      out,
      violationRate: 0.005,
      asOf: '2025-06-30',
    });
    for (const key of COLLECTION_KEYS) {
      const text = await readFile(path.join(out, 'data', COLLECTIONS[key].csvFile), 'utf8');
      texts.set(key, text);
      rows.set(key, parse(text, { columns: true }) as Row[]);
    }
  }, GENERATION_TIMEOUT_MS);

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('writes every collection with the import format header and passes the importer validation', () => {
    const issues: ImportIssue[] = [];
    const records: Parameters<typeof validateRecords>[0]['records'] = {};
    for (const key of COLLECTION_KEYS) {
      const text = texts.get(key) ?? '';
      expect(text.slice(0, text.indexOf('\n')).split(',')).toEqual(fieldsOf(key).map((field) => field.name));
      records[key] = parseCsvCollection(text, key, COLLECTIONS[key].csvFile, issues);
      expect(records[key]?.length).toBe(manifest.counts[key]);
    }
    const { valid, issues: invalid } = validateRecords({ records, issues });
    expect([...issues, ...invalid, ...checkWithinImport(valid)]).toEqual([]);
  });

  it('uses only countries of the region table, and exactly the customers asked for', () => {
    const markets = new Set(table.rows.map((row) => row.code));
    for (const key of ['tenants', 'partners', 'customers'] as const) {
      const outside = of(key).filter((row) => !markets.has(row.country ?? ''));
      expect(outside, `${key} outside the region table`).toEqual([]);
    }
    expect(of('customers')).toHaveLength(CUSTOMERS);
  });

  it('spreads customers over several regions, each with a few providers', () => {
    const tenants = new Map(of('tenants').map((row) => [row.id, row]));
    const byRegion = countBy(of('customers'), (row) => regionOf.get(tenants.get(row.tenantId)?.country ?? '') ?? '');
    expect(byRegion.size).toBeGreaterThanOrEqual(6);
    for (const [region, count] of byRegion) expect(count, region).toBeGreaterThanOrEqual(CUSTOMERS * 0.02);
    const providers = of('partners').filter((row) => row.roles?.includes('indirect-provider'));
    const providersByRegion = countBy(providers, (row) => regionOf.get(row.country ?? '') ?? '');
    for (const region of byRegion.keys()) {
      expect(providersByRegion.get(region), region).toBeGreaterThanOrEqual(3);
      expect(providersByRegion.get(region), region).toBeLessThanOrEqual(6);
    }
  });

  it('gives resellers a heavy tail: the largest has many times the median number of customers', () => {
    const customersOf = countBy(of('resellerRelationships'), (row) => row.partnerId ?? '');
    const sizes = of('partners')
      .filter((row) => row.roles === 'indirect-reseller')
      .map((row) => customersOf.get(row.id ?? '') ?? 0);
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(8 * Math.max(median(sizes), 1));
  });

  it('has direct-bill and dual-role partners, multi-partner and managed customers, groups and minority stakes', () => {
    const roles = new Set(of('partners').map((row) => row.roles));
    expect(roles).toEqual(
      new Set([
        'indirect-provider',
        'indirect-reseller',
        'direct-bill',
        'direct-bill;indirect-reseller',
        'indirect-provider;direct-bill',
      ]),
    );
    const sellers = countBy(of('resellerRelationships'), (row) => row.customerId ?? '');
    expect([...sellers.values()].filter((count) => count > 1).length).toBeGreaterThan(CUSTOMERS * 0.02);
    expect(of('managementRelationships').length).toBeGreaterThan(CUSTOMERS * 0.01);
    const shares = of('ownerships').map((row) => Number(row.share));
    expect(shares.filter((share) => share > 0.5).length).toBeGreaterThan(10);
    expect(shares.filter((share) => share <= 0.5).length).toBeGreaterThan(10);
    const regionsOfOrganization = new Map<string, Set<string>>();
    for (const row of of('partners')) {
      const regions = regionsOfOrganization.get(row.organizationId ?? '') ?? new Set<string>();
      regions.add(regionOf.get(row.country ?? '') ?? '');
      regionsOfOrganization.set(row.organizationId ?? '', regions);
    }
    expect([...regionsOfOrganization.values()].filter((regions) => regions.size > 1).length).toBeGreaterThan(3);
  });

  it('gives customers one to three subscriptions of their own, plus one per second partner', () => {
    const perCustomer = countBy(of('subscriptions'), (row) => row.customerId ?? '');
    const counts = new Set(perCustomer.values());
    expect([...counts].sort()).toEqual([1, 2, 3, 4]);
    const billers = new Set(of('subscriptions').map((row) => row.billedById));
    const partners = new Map(of('partners').map((row) => [row.id, row]));
    for (const biller of billers) expect(partners.has(biller), `biller ${biller}`).toBe(true);
  });

  it('quotes CSV cells only when they need it', () => {
    expect(csvRows([['Contoso', 'Contoso, Ltd', 'say "hi"', 'two\nlines', undefined, 0.5, true, false]])).toBe(
      'Contoso,"Contoso, Ltd","say ""hi""","two\nlines",,0.5,true,false\n',
    );
  });
});
