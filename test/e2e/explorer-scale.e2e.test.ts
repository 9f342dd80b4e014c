// The explorer on a generated ecosystem of 20,000 customers in real Chromium: the overview first, the largest
// distributor's supply chain and neighbourhood within the drawing budget, its reseller group opened a page at a time,
// a finding's evidence brought in from outside the view and framed without overlaps; no warnings or page errors, and
// no step that freezes the page (a main-thread task of a second, Long Tasks API). How long the tasks are against the
// goal of 200 ms is measured by bench/web-render-scale.ts, not here: a test's timing depends on the machine's load.
// Screenshots land in test-results/e2e/.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createExecutor } from '../../server/db/executor';
import { generateEcosystem } from '../../server/generate/generate-ecosystem';
import { importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { runScan } from '../../server/scan/run-scan';
import { recordScan } from '../../server/scan/scan-history';
import { clearGraph, useTestDatabase } from '../support/test-database';
import { buildWebApp, createKey, launchChromium, SCREENSHOTS, startExplorer } from './explorer-harness';
import {
  drawnNow,
  evidenceOnScreen,
  forgetTasks,
  openGroup,
  openOverview,
  openSupplyChain,
  overlaps,
  settled,
  type Watch,
  watch,
} from './scale-journeys';

const CUSTOMERS = 20_000;
const AS_OF = '2025-06-30';
/** Entities a view may draw: the network's limit. */
const NODE_BUDGET = 1000;
/** A task this long freezes the page: a broken step, not a slow machine (the goal itself, 200 ms, is benchmarked). */
const FROZEN_TASK_MS = 1000;

beforeAll(async () => {
  const executor = createExecutor(inject('neo4j'), { queryTimeoutMs: 120_000 });
  try {
    await executor.write(
      'MATCH (n) WHERE NOT (n:Country OR n:Region OR n:RegionTable OR n:SchemaMigration) DETACH DELETE n',
    );
  } finally {
    await executor.close();
  }
}, 600_000);
const db = useTestDatabase();

let browser: Browser;
let origin = '';
let key = '';
let page: Page;
let watched: Watch;
const cleanups: (() => Promise<void>)[] = [];

interface Account {
  id: string;
  name: string;
  roles: string[];
  resellers: number;
  customers: number;
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}

/** The longest task of the step just done; then its screenshot, whose own rendering task no step counts. */
async function endStep(name: string): Promise<number> {
  const longest = await watched.longestTask();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  await forgetTasks(page);
  return longest;
}

let largest: Account;

beforeAll(async () => {
  const web = await buildWebApp();
  cleanups.push(web.remove);
  const out = await mkdtemp(path.join(tmpdir(), 'csp-e2e-scale-'));
  cleanups.push(() => rm(out, { recursive: true, force: true }));
  const manifest = await generateEcosystem({
    customers: CUSTOMERS,
    seed: 'e2e-scale',
    out,
    violationRate: 0.005,
    asOf: AS_OF,
  });
  // The explorer at this size, on this ecosystem alone: not on what the test files before it left in the database.
  await clearGraph(db());
  await importPath(db(), path.join(out, manifest.data));
  await recordScan(db(), await runScan(db(), loadCatalog(), { asOf: AS_OF }));
  key = await createKey(db(), 'analyst');
  const server = await startExplorer(db(), web.dir);
  cleanups.push(server.close);
  origin = server.origin;
  browser = await launchChromium();
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  watched = await watch(page);
  const data = await gql<{ overview: { regions: { accounts: Account[] }[] } }>(
    '{ overview(perRegion: 50) { regions { accounts { id name roles resellers customers } } } }',
  );
  largest = data.overview.regions
    .flatMap((region) => region.accounts)
    .filter((account) => account.roles.includes('INDIRECT_PROVIDER'))
    .sort((a, b) => b.resellers - a.resellers)[0] as Account;
}, 1_800_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe(`the explorer on ${CUSTOMERS.toLocaleString('en-US')} customers`, () => {
  it('opens on the overview: regions, their largest partners, counts and findings by severity', async () => {
    await openOverview(page, origin, key);
    const regions = page.locator('.overview-region');
    expect(await regions.count()).toBeGreaterThan(1);
    const row = page.locator('.overview-table tr').filter({ hasText: largest.name }).first();
    await expect(row.textContent()).resolves.toContain(
      `${largest.resellers.toLocaleString('en-US')} indirect resellers`,
    );
    // The ecosystem's severity counts are the open findings the API lists.
    const { findings } = await gql<{ findings: { totalCount: number } }>('{ findings(first: 0) { totalCount } }');
    const total = await page.locator('.overview-total').textContent();
    const shown = [...(total ?? '').matchAll(/(\d[\d,]*)/g)].reduce(
      (sum, m) => sum + Number(m[1]?.replaceAll(',', '')),
      0,
    );
    expect(shown).toBe(findings.totalCount);
    expect(await endStep('scale-01-overview')).toBeLessThan(FROZEN_TASK_MS);
  });

  it("draws the largest distributor's supply chain within the budget, with its groups counted", async () => {
    const { drawn } = await openSupplyChain(page, largest.name);
    expect(drawn.nodes).toBeLessThanOrEqual(NODE_BUDGET);
    const provider = `PARTNER:${largest.id}`;
    const resellers = `group:${provider}|PARTNER||SUPPLIES`;
    expect(drawn.groups).toContain(resellers);
    // Everything the provider supplies: the resellers drawn and the group's count add up to the overview's number.
    const label = await page.evaluate((id) => {
      const container = document.getElementById('network') as HTMLElement & {
        _cyreg?: { cy?: { getElementById(id: string): { data(name: string): unknown } } };
      };
      return String(container._cyreg?.cy?.getElementById(id).data('label'));
    }, resellers);
    const counted = Number(label.match(/([\d,]+)/)?.[1]?.replaceAll(',', ''));
    const supplied = await page.evaluate((id) => {
      const container = document.getElementById('network') as HTMLElement & {
        _cyreg?: { cy?: { edges(selector: string): { not(selector: string): { length: number } } } };
      };
      // The group's own edge to the hub is not a reseller drawn.
      return container._cyreg?.cy?.edges(`[source = "${id}"][type = "SUPPLIES"]`).not('.aggregate-edge').length ?? 0;
    }, provider);
    expect(supplied + counted).toBe(largest.resellers);
    expect(await endStep('scale-02-supply-chain')).toBeLessThan(FROZEN_TASK_MS);
  });

  it('opens the reseller group a page at a time, flagged members first in its list', async () => {
    const provider = `PARTNER:${largest.id}`;
    const resellers = `group:${provider}|PARTNER||SUPPLIES`;
    const before = await drawnNow(page);
    const { drawn } = await openGroup(page, resellers);
    expect(drawn.nodes - before.nodes).toBeGreaterThan(0);
    expect(drawn.nodes).toBeLessThanOrEqual(NODE_BUDGET);
    const panel = page.getByRole('region', { name: 'Members of the group' });
    await panel.locator('.group-summary').filter({ hasText: 'flagged' }).waitFor();
    const summary = (await panel.locator('.group-summary').textContent()) ?? '';
    const flagged = Number(summary.match(/([\d,]+) flagged/)?.[1]?.replaceAll(',', ''));
    const rows = panel.locator('.group-member');
    const withFindings = await rows.evaluateAll((buttons) => buttons.map((b) => b.querySelector('.sev') !== null));
    // Flagged members come first: every row with findings precedes every row without.
    expect(withFindings.slice(0, Math.min(flagged, withFindings.length)).every(Boolean)).toBe(true);
    expect(withFindings.slice(flagged).some(Boolean)).toBe(false);
    await panel.getByLabel('Search in the group').fill('zzzz-no-such-name');
    await panel.locator('.group-summary').filter({ hasText: 'No member matches' }).waitFor();
    expect(await endStep('scale-03-group-opened')).toBeLessThan(FROZEN_TASK_MS);
  });

  it('frames the evidence of a finding from outside the view: all on screen, no node on another', async () => {
    const drawnKeys = await page.evaluate(() => {
      const container = document.getElementById('network') as HTMLElement & {
        _cyreg?: { cy?: { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] } } };
      };
      return container._cyreg?.cy?.nodes().map((node) => node.id()) ?? [];
    });
    const { findings } = await gql<{
      findings: {
        edges: {
          node: {
            key: string;
            message: string;
            entities: { edges: { node: { kind: string; id: string } }[] };
            evidence: { edges: unknown[] };
          };
        }[];
      };
    }>(
      '{ findings(first: 20) { edges { node { key message entities(first: 10) { edges { node { kind id } } } evidence { edges { type } } } } } }',
    );
    const outside = findings.edges
      .map((edge) => edge.node)
      .find((finding) => finding.entities.edges.every(({ node }) => !drawnKeys.includes(`${node.kind}:${node.id}`)));
    expect(outside).toBeDefined();
    const finding = outside as NonNullable<typeof outside>;
    await page
      .locator('button.finding-message')
      .filter({ hasText: finding.message.slice(0, 60) })
      .first()
      .click();
    await page.waitForFunction(() => {
      const container = document.getElementById('network') as HTMLElement & {
        _cyreg?: { cy?: { nodes(selector: string): { length: number } } };
      };
      return (container._cyreg?.cy?.nodes('.evidence').length ?? 0) > 0;
    });
    await settled(page);
    await page.waitForTimeout(300);
    const screen = await evidenceOnScreen(page);
    expect(screen.evidence.length).toBeGreaterThan(0);
    for (const box of screen.evidence) {
      expect(box.x1).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeGreaterThanOrEqual(0);
      expect(box.x2).toBeLessThanOrEqual(screen.width);
      expect(box.y2).toBeLessThanOrEqual(screen.height);
      for (const other of [...screen.others, ...screen.evidence.filter((e) => e.id !== box.id)]) {
        expect(overlaps(box, other), `${box.id} overlaps ${other.id}`).toBe(false);
      }
    }
    // Every relationship of the evidence is drawn.
    expect(new Set(screen.links).size).toBe(finding.evidence.edges.length);
    expect(await endStep('scale-04-evidence')).toBeLessThan(FROZEN_TASK_MS);
  });

  it('draws the neighbourhood within the budget, and raised no warning or error on the way', async () => {
    await page.getByRole('button', { name: 'Neighbourhood' }).click();
    await page.locator('#status').filter({ hasText: 'relationships drawn' }).waitFor();
    const drawn = await settled(page);
    expect(drawn.nodes).toBeLessThanOrEqual(NODE_BUDGET);
    expect(await endStep('scale-05-neighbourhood')).toBeLessThan(FROZEN_TASK_MS);
    expect(watched.problems).toEqual([]);
  });
});
