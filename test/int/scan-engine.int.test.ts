// The scan engine and its history against the real Neo4j, on the demo ecosystem.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { importPath } from '../../server/import/import-path';
import { TOUCHED_LABELS } from '../../server/rules/anchors';
import { loadCatalog } from '../../server/rules/catalog';
import { concernedFindings } from '../../server/scan/incremental-scan';
import { runScan } from '../../server/scan/run-scan';
import { compareRuns, listScanRuns, previousRunId, recordScan } from '../../server/scan/scan-history';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const catalog = loadCatalog();
const AS_OF = '2026-06-30';

beforeAll(async () => {
  await clearGraph(db());
  await importPath(db(), path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json'));
});

describe('runScan', () => {
  it('turns every rule row into a complete finding with the rule metadata and the as-of date', async () => {
    const result = await runScan(db(), catalog, { asOf: AS_OF });
    expect(result.ruleIds).toEqual(catalog.map((rule) => rule.id));
    expect(result.timings).toHaveLength(catalog.length);
    expect(result.findings.length).toBeGreaterThan(0);
    const rules = new Map(catalog.map((rule) => [rule.id, rule]));
    for (const finding of result.findings) {
      const rule = rules.get(finding.ruleId);
      expect(rule, finding.key).toBeDefined();
      expect(finding.severity).toBe(rule?.severity);
      expect(finding.clause).toBe(rule?.clause);
      expect(finding.remediation).toEqual(rule?.remediation);
      expect(finding.asOf).toBe(AS_OF);
      expect(finding.key).toBe([finding.ruleId, ...finding.subjects].join('|'));
      expect(finding.message).toMatch(/^[A-Z].*\.$/);
      const ids = new Set(finding.evidence.nodes.map((n) => n.id));
      for (const subject of finding.subjects) expect(ids, `${finding.key} evidence`).toContain(subject);
    }
    expect(new Set(result.findings.map((f) => f.key)).size).toBe(result.findings.length);
  });

  it('runs only the rules asked for, and refuses unknown rule ids and impossible dates', async () => {
    const result = await runScan(db(), catalog, { asOf: AS_OF, ruleIds: ['cross-region-sale'] });
    expect(result.ruleIds).toEqual(['cross-region-sale']);
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set(['cross-region-sale']));
    await expect(runScan(db(), catalog, { asOf: AS_OF, ruleIds: ['no-such-rule'] })).rejects.toThrow(
      /Unknown rule id\(s\): no-such-rule/,
    );
    await expect(runScan(db(), catalog, { asOf: '2026-02-30' })).rejects.toThrow(/real date/);
  });

  it('cancels a rule that runs longer than the rule timeout, naming the rule', async () => {
    const [model] = catalog;
    if (!model) throw new Error('the catalog is empty');
    // Counts a billion numbers: far beyond the timeout, and over no data, so only the timeout can end it.
    const slow = {
      ...model,
      id: 'slow-rule',
      file: 'cypher/rules/slow-rule.cypher',
      cypher: `UNWIND range(1, 1000000000) AS n WITH n WHERE n < 0
               RETURN [toString(n)] AS subjects, '' AS message, [] AS nodes, [] AS edges,
                      null AS region, null AS partnerId`,
    };
    const started = performance.now();
    await expect(runScan(db(), [slow], { asOf: AS_OF, ruleTimeoutMs: 300 })).rejects.toThrow(
      /Rule slow-rule \(cypher\/rules\/slow-rule\.cypher\) failed: .*(timeout|timed out|terminated)/i,
    );
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('evaluates as of the date given: before any transaction only undated facts (a customer on a CSP tenant) remain', async () => {
    const early = await runScan(db(), catalog, { asOf: '2000-01-01' });
    const now = await runScan(db(), catalog, { asOf: AS_OF });
    expect(early.findings.length).toBeGreaterThan(0);
    expect(early.findings.length).toBeLessThan(now.findings.length);
    expect(new Set(early.findings.map((f) => f.ruleId))).toEqual(new Set(['csp-tenant-as-customer']));
  });
});

describe('scan history', () => {
  it('records runs, links findings to their entities, and compares a run with the previous one', async () => {
    const first = await recordScan(db(), await runScan(db(), catalog, { asOf: AS_OF }));
    const [links] = await readRows(
      db(),
      z.object({ n: z.number() }),
      'MATCH (:ScanRun {id: $first})-[:FOUND]->(:Finding)-[:CONCERNS]->(e) RETURN count(DISTINCT e) AS n',
      { first },
    );
    expect(links?.n).toBeGreaterThan(0);

    // End the one cross-region partnership: the next run resolves that finding and keeps the others open.
    const before = await runScan(db(), catalog, { asOf: AS_OF, ruleIds: ['cross-region-partnership'] });
    const target = before.findings[0];
    expect(target).toBeDefined();
    const [providerId, resellerId] = target?.subjects ?? [];
    await db().write(
      "MATCH (:Partner {id: $providerId})-[s:SUPPLIES]->(:Partner {id: $resellerId}) SET s.until = date('2020-01-01')",
      { providerId, resellerId },
    );
    const second = await recordScan(db(), await runScan(db(), catalog, { asOf: AS_OF }));
    expect(await previousRunId(db(), second)).toBe(first);
    const changes = await compareRuns(db(), first, second);
    const resolved = changes.filter((c) => c.change === 'resolved').map((c) => c.key);
    expect(resolved).toContain(target?.key);
    expect(changes.filter((c) => c.change === 'new')).toEqual([]);
    expect(changes.filter((c) => c.change === 'still-open').length).toBeGreaterThan(0);

    const [status] = await readRows(
      db(),
      z.object({ status: z.string() }),
      'MATCH (f:Finding {key: $key}) RETURN f.status AS status',
      {
        key: target?.key,
      },
    );
    expect(status?.status).toBe('resolved');
    const runs = await listScanRuns(db(), 5);
    expect(runs.map((r) => r.id).slice(0, 2)).toEqual([second, first]);
    expect(runs[0]?.asOf).toBe(AS_OF);
  });
});

describe("the previous run's findings that a touched entity concerns", () => {
  it('are the same looked up entity by entity and read from the run, for every touched label', async () => {
    const runId = await recordScan(db(), await runScan(db(), catalog, { asOf: AS_OF }));
    let concerned = 0;
    for (const label of TOUCHED_LABELS) {
      const ids = (
        await readRows(db(), z.object({ id: z.string() }), `MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)
      ).map((row) => row.id);
      // Every entity of the label, and every other one: a touched set holding some of the concerned entities only.
      for (const touched of [ids, ids.filter((_, index) => index % 2 === 0)]) {
        const sorted = (rows: { id: string; ruleId: string; subjects: string[] }[]) =>
          rows.map((row) => JSON.stringify([row.id, row.ruleId, row.subjects])).sort();
        const byId = sorted(await concernedFindings(db(), label, touched, runId, 'by-id'));
        expect(sorted(await concernedFindings(db(), label, touched, runId, 'by-finding')), label).toEqual(byId);
        concerned += byId.length;
      }
    }
    expect(concerned).toBeGreaterThan(0);
  });
});

/** Records a full scan, then stamps one customer of a cross-region sale: all the next scan finds changed. */
async function changeOneSaleCustomer(): Promise<void> {
  const base = await recordScan(db(), await runScan(db(), catalog, { asOf: AS_OF }));
  await db().write('MATCH (run:ScanRun {id: $base}) SET run.watermark = datetime()', { base });
  const sale = (await runScan(db(), catalog, { asOf: AS_OF, ruleIds: ['cross-region-sale'] })).findings[0];
  const customer = sale?.evidence.nodes.find((node) => node.label === 'Customer')?.id;
  expect(customer).toBeDefined();
  await db().write('MATCH (c:Customer {id: $customer}) SET c.changedAt = datetime()', { customer });
}

describe('an incremental scan', () => {
  it('runs whole a rule whose anchor search or anchored run outruns its budget, and finds what a full scan finds', async () => {
    await changeOneSaleCustomer();
    // Counts a billion numbers first: only the budget can end it in time.
    const slow = (statement: string) =>
      `CALL () { UNWIND range(1, 1000000000) AS n WITH n WHERE n < 0 RETURN count(n) AS none }\n${statement}`;
    const slowCatalog = catalog.map((rule) => {
      if (rule.id === 'cross-region-sale')
        return { ...rule, anchor: { ...rule.anchor, anchoredCypher: slow(rule.anchor.anchoredCypher) } };
      if (rule.id === 'cross-cloud-link')
        return { ...rule, anchor: { ...rule.anchor, anchorsCypher: slow(rule.anchor.anchorsCypher) } };
      return rule;
    });
    const started = performance.now();
    const incremental = await runScan(db(), slowCatalog, { asOf: AS_OF, incremental: true, anchoredBudgetMs: 200 });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(incremental.kind).toBe('incremental');
    const full = await runScan(db(), catalog, { asOf: AS_OF });
    const keys = (findings: { key: string }[]) => findings.map((finding) => finding.key);
    expect(keys(incremental.findings)).toEqual(keys(full.findings));
    for (const ruleId of ['cross-region-sale', 'cross-cloud-link']) {
      const ran = incremental.timings.find((timing) => timing.ruleId === ruleId);
      expect(ran?.findings, ruleId).toBe(full.findings.filter((finding) => finding.ruleId === ruleId).length);
      expect(ran?.findings, ruleId).toBeGreaterThan(0);
    }
  });

  it('runs whole, without a search for anchors, a rule that so many changes reach that its whole run costs less', async () => {
    await changeOneSaleCustomer();
    // A search for this rule's anchors fails: only a scan that skips the search gets through.
    const failing = catalog.map((rule) =>
      rule.id === 'cross-region-sale'
        ? { ...rule, anchor: { ...rule.anchor, anchorsCypher: 'RETURN 1 / 0 AS anchor' } }
        : rule,
    );
    await expect(runScan(db(), failing, { asOf: AS_OF, incremental: true })).rejects.toThrow(/by zero/);
    // One touched entity priced above any rule's whole time.
    const incremental = await runScan(db(), failing, { asOf: AS_OF, incremental: true, anchoredMsPerTouched: 1e6 });
    expect(incremental.kind).toBe('incremental');
    expect(incremental.ranWhole).toContain('cross-region-sale');
    const full = await runScan(db(), catalog, { asOf: AS_OF });
    expect(incremental.findings.map((f) => f.key)).toEqual(full.findings.map((f) => f.key));
    const found = (result: typeof full) => result.findings.filter((f) => f.ruleId === 'cross-region-sale').length;
    expect(found(incremental)).toBe(found(full));
    expect(found(full)).toBeGreaterThan(0);
  });
});
