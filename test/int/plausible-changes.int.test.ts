// The daily-delta benchmark's plausible changes follow the graph's own records: a new sale by a partner of the
// customer's region and cloud, a supply from a provider of the reseller's region and cloud, a tenant moved within
// its region, a subscription billed as one the customer holds. Imported, they raise far fewer findings than as many
// changes drawn at random, which is what a day of real data does and what the benchmark claims.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { DATA_FOLDER, generateEcosystem } from '../../server/generate/generate-ecosystem';
import { type ChangeKind, randomChanges } from '../../server/generate/random-changes';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../../server/generate/shape';
import { importDocument, importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { runScan } from '../../server/scan/run-scan';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

const KINDS: ChangeKind[] = ['new-sale', 'new-supply', 'new-subscription', 'tenant-country'];
const COUNT = 300;

type Row = Record<string, string>;
const placeRow = z.object({ id: z.string(), region: z.string(), cloud: z.string() });

/** Region and cloud of each partner (by its tenant and country) or customer (by its tenant). */
async function placesOf(label: 'Partner' | 'Customer', ids: string[]): Promise<Map<string, z.infer<typeof placeRow>>> {
  const rows = await readRows(
    db(),
    placeRow,
    label === 'Partner'
      ? `UNWIND $ids AS id MATCH (p:Partner {id: id})-[:USES_TENANT]->(t), (p)-[:IN_COUNTRY]->()-[:IN_REGION]->(r)
         RETURN id, r.name AS region, t.cloud AS cloud`
      : `UNWIND $ids AS id MATCH (:Customer {id: id})-[:ON_TENANT]->(t)-[:IN_COUNTRY]->()-[:IN_REGION]->(r)
         RETURN id, r.name AS region, t.cloud AS cloud`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id, row]));
}

async function findingKeys(): Promise<Set<string>> {
  const result = await runScan(db(), loadCatalog(), { asOf: DEFAULT_AS_OF });
  return new Set(result.findings.map((finding) => finding.key));
}

describe('plausible changes', () => {
  beforeAll(async () => {
    await clearGraph(db());
    const out = mkdtempSync(path.join(os.tmpdir(), 'csp-plausible-'));
    await generateEcosystem({
      customers: 2000,
      seed: 'plausible',
      out,
      violationRate: DEFAULT_VIOLATION_RATE,
      asOf: DEFAULT_AS_OF,
    });
    await importPath(db(), path.join(out, DATA_FOLDER));
  }, 300_000);

  it("follow the graph's records and raise far fewer findings than random ones", async () => {
    const options = { seed: 'plausible-day', count: COUNT, asOf: DEFAULT_AS_OF, kinds: KINDS };
    const plausible = await randomChanges(db(), { ...options, plausible: { violationRate: 0 } });
    const replay = `changes:\n${plausible.changes.join('\n')}`;
    const records = (collection: string) => (plausible.document[collection] ?? []) as Row[];
    const sales = records('resellerRelationships');
    const supplies = records('supplies');
    const tenants = records('tenants');
    expect(sales.length, replay).toBeGreaterThan(20);
    expect(supplies.length, replay).toBeGreaterThan(20);
    expect(tenants.length, replay).toBeGreaterThan(20);
    expect(records('subscriptions').length, replay).toBeGreaterThan(20);

    const partners = await placesOf('Partner', [
      ...sales.map((s) => s.partnerId as string),
      ...supplies.flatMap((s) => [s.providerId as string, s.resellerId as string]),
    ]);
    const customers = await placesOf(
      'Customer',
      sales.map((s) => s.customerId as string),
    );
    for (const sale of sales) {
      const { id: _seller, ...seller } = partners.get(sale.partnerId as string) ?? {};
      const { id: _customer, ...customer } = customers.get(sale.customerId as string) ?? {};
      expect(seller, JSON.stringify(sale)).toEqual(customer);
    }
    for (const supply of supplies) {
      const { id: _provider, ...provider } = partners.get(supply.providerId as string) ?? {};
      const { id: _reseller, ...reseller } = partners.get(supply.resellerId as string) ?? {};
      expect(provider, JSON.stringify(supply)).toEqual(reseller);
    }
    const moved = await readRows(
      db(),
      z.object({ id: z.string(), from: z.string(), to: z.string() }),
      `UNWIND $tenants AS tenant
       MATCH (:Tenant {id: tenant.id})-[:IN_COUNTRY]->()-[:IN_REGION]->(from), (:Country {code: tenant.country})-[:IN_REGION]->(to)
       RETURN tenant.id AS id, from.name AS from, to.name AS to`,
      { tenants: tenants.map((t) => ({ id: t.id, country: t.country })) },
    );
    expect(moved.length).toBe(tenants.length);
    for (const tenant of moved) expect(tenant.to, tenant.id).toBe(tenant.from);

    // Imported one after the other, the random changes raise many times the plausible ones' new findings.
    const before = await findingKeys();
    await importDocument(db(), plausible.document, 'plausible changes');
    const afterPlausible = await findingKeys();
    const random = await randomChanges(db(), { ...options, seed: 'random-day' });
    await importDocument(db(), random.document, 'random changes');
    const afterRandom = await findingKeys();
    const added = (from: Set<string>, to: Set<string>) => [...to].filter((key) => !from.has(key)).length;
    const plausibleFindings = added(before, afterPlausible);
    const randomFindings = added(afterPlausible, afterRandom);
    expect(randomFindings, replay).toBeGreaterThan(50);
    expect(plausibleFindings * 5, `${plausibleFindings} against ${randomFindings}; ${replay}`).toBeLessThan(
      randomFindings,
    );
  }, 300_000);
});
