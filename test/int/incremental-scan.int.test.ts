// `./csp scan` re-checks only what changed: over generated ecosystems, random changes applied by imports and by the
// API's change statements, at moving as-of dates, every incremental run of the CLI reports the findings a full scan
// reports and records the same history (new, still open, resolved). A failure prints the seed and the changes.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { cypher } from '../../server/db/cypher-files';
import { cypherInt } from '../../server/db/executor';
import { DATA_FOLDER, generateEcosystem } from '../../server/generate/generate-ecosystem';
import { randomChanges } from '../../server/generate/random-changes';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../../server/generate/shape';
import { importDocument, importPath } from '../../server/import/import-path';
import { defaultRegionTable, loadRegionTable } from '../../server/regions/region-table';
import { anchorsOfRules, type Touched } from '../../server/rules/anchors';
import { loadCatalog, RULES_DIR, type RuleDefinition } from '../../server/rules/catalog';
import { fixtureFileOf, readFixture } from '../../server/rules/rule-fixture';
import { runScan } from '../../server/scan/run-scan';
import { compareRuns } from '../../server/scan/scan-history';
import { planScan, scanStart } from '../../server/scan/scan-plan';
import { day, formatDay } from '../../server/shared/dates';
import { runCli } from '../support/run-cli';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

interface ReportedFinding {
  key: string;
  message: string;
  evidence: unknown;
}

/** What a scan reports, in a form two scans can be compared by: key, message and evidence of every finding. */
async function scan(args: string[]): Promise<{ kind: string; findings: string[]; stderr: string }> {
  const result = await runCli(['scan', ...args]);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as { findings: ReportedFinding[] };
  const kind = /^(Full|Incremental) scan: /m.exec(result.stderr)?.[1] ?? 'unsaid';
  const findings = report.findings.map((f) => JSON.stringify([f.key, f.message, f.evidence])).sort();
  return { kind, findings, stderr: result.stderr };
}

/** The full scan to compare with, in this process (not recorded), in the form scan() gives. */
async function fullScan(asOf: string): Promise<{ findings: string[] }> {
  const result = await runScan(db(), loadCatalog(), { asOf });
  expect(result.kind).toBe('full');
  return { findings: result.findings.map((f) => JSON.stringify([f.key, f.message, f.evidence])).sort() };
}

async function latestTwoRuns(): Promise<[string, string]> {
  const rows = await readRows(
    db(),
    z.object({ id: z.string() }),
    'MATCH (r:ScanRun) RETURN r.id AS id ORDER BY r.startedAt DESC LIMIT 2',
  );
  return [rows[1]?.id as string, rows[0]?.id as string];
}

async function openFindingKeys(): Promise<string[]> {
  const rows = await readRows(
    db(),
    z.object({ key: z.string() }),
    "MATCH (f:Finding {status: 'open'}) RETURN f.key AS key ORDER BY key",
  );
  return rows.map((row) => row.key);
}

/** Ends up to `count` reseller relationships through the API's own change statement. */
async function endSalesThroughApi(count: number, until: string): Promise<string[]> {
  const sales = await readRows(
    db(),
    z.object({ fromId: z.string(), toId: z.string(), since: z.string() }),
    `MATCH (p:Partner)-[r:SELLS_TO]->(c:Customer) WHERE r.until IS NULL
     RETURN p.id AS fromId, c.id AS toId, toString(r.since) AS since ORDER BY c.id LIMIT $count`,
    { count: cypherInt(count) },
  );
  const ended: string[] = [];
  for (const sale of sales) {
    if (sale.since >= until) continue;
    await db().write(cypher('api/changes/end-sale.cypher'), { ...sale, until });
    ended.push(`api end-sale ${JSON.stringify({ ...sale, until })}`);
  }
  return ended;
}

const SEEDS = ['rescan-a', 'rescan-b'];
/** Each round moves the as-of date (days from the ecosystem's) before applying its changes. */
const ROUNDS = [0, 45, -30, 120];

describe.each(SEEDS)('incremental scan, seed %s', (seed) => {
  beforeAll(async () => {
    await clearGraph(db());
    const out = mkdtempSync(path.join(os.tmpdir(), 'csp-rescan-'));
    await generateEcosystem({ customers: 2000, seed, out, violationRate: DEFAULT_VIOLATION_RATE, asOf: DEFAULT_AS_OF });
    await importPath(db(), path.join(out, DATA_FOLDER));
  }, 300_000);

  it('reports and records what a full scan does, round after round of random changes', async () => {
    const first = await scan(['--as-of', DEFAULT_AS_OF]);
    expect(first.kind).toBe('Full');
    expect(first.stderr).toMatch(/no previous run is recorded/);
    let previous = first.findings;
    for (const [round, shift] of ROUNDS.entries()) {
      const asOf = formatDay(day(DEFAULT_AS_OF) + shift);
      const { document, changes } = await randomChanges(db(), { seed: `${seed}/${round}`, count: 24, asOf });
      await importDocument(db(), document, `round ${round}`);
      changes.push(...(await endSalesThroughApi(round % 2 === 0 ? 2 : 0, asOf)));
      const replay = `seed ${seed}, round ${round}, as of ${asOf}; changes:\n${changes.join('\n')}`;

      const incremental = await scan(['--as-of', asOf]);
      expect(incremental.kind, replay).toBe('Incremental');
      const full = await fullScan(asOf);
      expect(incremental.findings, replay).toEqual(full.findings);

      // The recorded history is the one a full scan would have written.
      const keyOf = (line: string) => JSON.parse(line)[0] as string;
      const now = new Set(full.findings.map(keyOf));
      const before = new Set(previous.map(keyOf));
      const [fromId, toId] = await latestTwoRuns();
      const rows = await compareRuns(db(), fromId, toId);
      const recorded = (change: string) =>
        rows
          .filter((row) => row.change === change)
          .map((row) => row.key)
          .sort();
      expect(recorded('new'), replay).toEqual([...now].filter((key) => !before.has(key)).sort());
      expect(recorded('resolved'), replay).toEqual([...before].filter((key) => !now.has(key)).sort());
      expect(recorded('still-open'), replay).toEqual([...now].filter((key) => before.has(key)).sort());
      expect(await openFindingKeys(), replay).toEqual([...now].sort());
      previous = full.findings;
    }
  }, 600_000);
});

describe("a partner account's stamps", () => {
  const fixture = readFixture(fixtureFileOf(path.join(RULES_DIR, 'mpa-not-signed.cypher')));
  type PartnerRecord = { id: string; name: string; mpaSignedOn?: string; roles: string[] };
  const partners = (fixture.data as { partners: PartnerRecord[] }).partners;
  const signer = partners.find((p) => p.mpaSignedOn !== undefined) as PartnerRecord;
  const catalog = loadCatalog();
  const wanted = { ruleIds: catalog.map((r) => r.id), catalogVersion: '', asOf: fixture.asOf, full: false };

  /** Imports the partner record as changed, then plans the scan after the recorded one. */
  async function touchedBy(record: PartnerRecord) {
    const { format, version } = fixture.data as { format: string; version: number };
    await importDocument(db(), { format, version, partners: [record] }, 'partner.json');
    const plan = await planScan(db(), wanted, await scanStart(db()));
    expect(plan.kind).toBe('incremental');
    return plan.kind === 'incremental' ? plan.touched : {};
  }

  beforeAll(async () => {
    await clearGraph(db());
    await importDocument(db(), fixture.data, 'fixture.json');
    // Stamps older than the watermark (ten minutes before a scan starts): only what the test writes is new.
    await db().write("MATCH (n) WHERE n.changedAt IS NOT NULL SET n.changedAt = datetime('2020-01-01T00:00:00Z')");
    await db().write(
      "MATCH ()-[r]->() WHERE r.changedAt IS NOT NULL SET r.changedAt = datetime('2020-01-01T00:00:00Z')",
    );
    const recorded = await runCli(['scan', '--as-of', fixture.asOf]);
    expect(recorded.code, recorded.stderr).toBe(0);
    const [run] = await readRows(
      db(),
      z.object({ version: z.string() }),
      'MATCH (r:ScanRun) RETURN r.catalogVersion AS version',
    );
    wanted.catalogVersion = run?.version as string;
  });

  it('a record written again as it was touches nothing; its dates or roles alone reach only the rules reading them', async () => {
    expect((await touchedBy(signer)).Partner ?? []).not.toContain(signer.id);

    const later = formatDay(day(signer.mpaSignedOn as string) + 400);
    const datesOnly = await touchedBy({ ...signer, mpaSignedOn: later });
    expect(datesOnly.aspects?.dates?.Partner).toContain(signer.id);
    expect(datesOnly.Partner ?? []).not.toContain(signer.id);

    const roles = signer.roles.includes('direct-bill')
      ? signer.roles.filter((role) => role !== 'direct-bill')
      : [...signer.roles, 'direct-bill'];
    const rolesOnly = await touchedBy({ ...signer, mpaSignedOn: later, roles });
    expect(rolesOnly.aspects?.roles?.Partner).toContain(signer.id);
    expect(rolesOnly.Partner ?? []).not.toContain(signer.id);

    const renamed = await touchedBy({ ...signer, mpaSignedOn: later, roles, name: `${signer.name} (renamed)` });
    expect(renamed.Partner).toContain(signer.id);

    // The incremental scan sees the later signature and the other roles as a full scan does.
    const incremental = await scan(['--as-of', fixture.asOf]);
    expect(incremental.kind, incremental.stderr).toBe('Incremental');
    expect(incremental.findings).toEqual((await fullScan(fixture.asOf)).findings);
  });
});

/** A rule's anchor search on its own fixture, alone in the database: the anchors `touched` leads to. */
function anchorsOnFixture(ruleId: string): (touched: Touched) => Promise<string[]> {
  const fixture = readFixture(fixtureFileOf(path.join(RULES_DIR, `${ruleId}.cypher`)));
  const rule = loadCatalog().find((r) => r.id === ruleId) as RuleDefinition;
  beforeAll(async () => {
    await clearGraph(db());
    await importDocument(db(), fixture.data, 'fixture.json');
  });
  return (touched) =>
    db().readTransaction(async (tx) => (await anchorsOfRules(tx, [rule], touched, fixture.asOf)).get(rule.id) ?? []);
}

describe("cross-cloud-link's anchors from a customer", () => {
  const anchorsFrom = anchorsOnFixture('cross-cloud-link');
  // A flagged subscription of the fixture, for a customer the fixture's reseller relationships also point to.
  const subscription = 's-provisioned-in-china';
  const customer = 'c-woodgrove';

  // The subscription's finding names its customer, so a customer changed itself (renamed) re-checks it; a reseller or
  // management relationship of the customer's is not read by the subscription's judgement, so it re-checks the
  // customer as the end of the link, not the customer's subscriptions.
  it("reach a customer's subscriptions when the customer changed itself, not when only its links did", async () => {
    expect(await anchorsFrom({ Customer: [customer] })).toContain(subscription);
    const linked = await anchorsFrom({
      links: { SELLS_TO: { Customer: [customer] }, MANAGES: { Customer: [customer] } },
    });
    expect(linked).toContain(customer);
    expect(linked).not.toContain(subscription);
  });
});

describe("reseller-of-record-not-supplied's anchors from a supply", () => {
  const anchorsFrom = anchorsOnFixture('reseller-of-record-not-supplied');
  // Billed by p-distri-us, naming p-z-reseller, which p-distri-z supplies.
  const subscription = 's-other-providers-reseller';
  const supplyEnds = (ends: string[]) => anchorsFrom({ links: { SUPPLIES: { Partner: ends } } });

  // The rule reads only the supplies between a subscription's billing provider and its reseller of record.
  it("reach a reseller's subscriptions billed by the supply's provider, not those other providers bill", async () => {
    expect(await supplyEnds(['p-distri-us', 'p-z-reseller'])).toContain(subscription);
    expect(await supplyEnds(['p-distri-z', 'p-z-reseller'])).not.toContain(subscription);
  });
});

describe('when a scan is full', () => {
  // The files after this one share the database: they expect the shipped region table.
  afterAll(async () => {
    await loadRegionTable(db(), defaultRegionTable());
  });

  it('says why: asked for, another catalog, another region table', async () => {
    const forced = await scan(['--as-of', DEFAULT_AS_OF, '--full']);
    expect(forced.kind).toBe('Full');
    expect(forced.stderr).toMatch(/a full scan was asked for/);
    const next = await scan(['--as-of', DEFAULT_AS_OF]);
    expect(next.kind, next.stderr).toBe('Incremental');

    const catalog = loadCatalog();
    const wanted = { ruleIds: catalog.map((r) => r.id), asOf: DEFAULT_AS_OF, full: false };
    const other = await planScan(db(), { ...wanted, catalogVersion: 'another' }, await scanStart(db()));
    expect(other).toMatchObject({ kind: 'full', reason: expect.stringMatching(/rule catalog changed/) });

    const table = path.join(PROJECT_ROOT, 'data', 'regions', 'csp-regions.csv');
    const reload = await runCli(['regions', 'load', table, '--as-of', '2025-01-01']);
    expect(reload.code, reload.stderr).toBe(0);
    const afterReload = await scan(['--as-of', DEFAULT_AS_OF]);
    expect(afterReload.kind).toBe('Full');
    expect(afterReload.stderr).toMatch(/region table changed/);
  });
});
