// The explorer in real Chromium against the real API and Neo4j: open the demo, search a reseller, see its
// cross-region finding on the graph, open the report, reopen a shared link, ask what-if, and do it by keyboard.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { createExecutor } from '../../server/db/executor';
import { useTestDatabase } from '../support/test-database';
import { buildWebApp, createKey, launchChromium, loadDemo, SCREENSHOTS, startExplorer } from './explorer-harness';

/** Ids of the demo ecosystem (data/demo/ecosystem.json). */
const FABRIKAM_FRANCE = 'PARTNER:c854f343-57c1-4129-bfaf-1b4b37adba31';
const WOODGROVE_BANK = 'CUSTOMER:667445d6-e54a-44e0-a601-b930754481e9';
const CROSS_REGION_FINDING = /Partner 'Fabrikam France' \(Europe\) sells to customer 'Woodgrove Bank'/;

// clearGraph in useTestDatabase cannot run once earlier files left data behind; empty the graph first, plainly.
beforeAll(async () => {
  const executor = createExecutor(inject('neo4j'), { queryTimeoutMs: 120_000 });
  try {
    await executor.write(
      'MATCH (n) WHERE NOT (n:Country OR n:Region OR n:RegionTable OR n:SchemaMigration) DETACH DELETE n',
    );
  } finally {
    await executor.close();
  }
});
const db = useTestDatabase();

let browser: Browser;
let origin = '';
let apiErrors: () => string = () => '';
let analystKey = '';
let viewerKey = '';
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const web = await buildWebApp();
  cleanups.push(web.remove);
  await loadDemo(db());
  analystKey = await createKey(db(), 'analyst');
  viewerKey = await createKey(db(), 'viewer');
  const server = await startExplorer(db(), web.dir);
  cleanups.push(server.close);
  origin = server.origin;
  apiErrors = () => JSON.stringify(server.logs.filter((entry) => entry.level === 'error'));
  browser = await launchChromium();
  cleanups.push(() => browser.close());
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Watched {
  context: BrowserContext;
  page: Page;
  /** GraphQL errors and page errors seen so far: every journey must end with none. */
  problems: string[];
}

async function openExplorer(pathAndQuery = '/'): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = await response.json().catch(() => null);
    for (const error of body?.errors ?? []) problems.push(`GraphQL: ${error.message}`);
  });
  await page.goto(`${origin}${pathAndQuery}`);
  return { context, page, problems };
}

async function signIn(page: Page, key: string): Promise<void> {
  await page.getByLabel('API key or token').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Classes of the drawn elements, read from the Cytoscape instance the network container holds. */
function drawn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const container = document.getElementById('network') as HTMLElement & {
      _cyreg?: { cy?: { elements(): { map<T>(f: (e: { id(): string; classes(): string[] }) => T): T[] } } };
    };
    const cy = container._cyreg?.cy;
    return Object.fromEntries(cy ? cy.elements().map((element) => [element.id(), element.classes()]) : []);
  });
}

/** The relationships drawn as evidence, as `TYPE source>target` over element ids (node keys). */
async function drawnEvidenceLinks(page: Page): Promise<string[]> {
  const links = await page.evaluate(() => {
    interface Edge {
      data(name: string): string;
      source(): { id(): string };
      target(): { id(): string };
    }
    const container = document.getElementById('network') as HTMLElement & {
      _cyreg?: { cy?: { edges(selector: string): { map<T>(f: (e: Edge) => T): T[] } } };
    };
    const edges = container._cyreg?.cy?.edges('.evidence');
    return edges ? edges.map((e) => `${e.data('type')} ${e.source().id()}>${e.target().id()}`) : [];
  });
  return [...new Set(links)].sort();
}

/** Asks the API directly, as the analyst. */
async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${analystKey}` },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}

/** A finding's evidence relationships as the API gives them, in the same form (the demo's ids are unique). */
async function findingEvidenceLinks(key: string): Promise<string[]> {
  const data = await gql<{
    finding: { evidence: { nodes: { id: string; label: string }[]; edges: Record<string, string>[] } };
  }>('query E($key: ID!) { finding(key: $key) { evidence { nodes { id label } edges { type from to } } } }', { key });
  const { nodes, edges } = data.finding.evidence;
  const keyOf = (id: string | undefined) => {
    const node = nodes.find((candidate) => candidate.id === id);
    return node ? `${node.label.toUpperCase()}:${node.id}` : `missing:${id}`;
  };
  return edges.map((edge) => `${edge.type} ${keyOf(edge.from)}>${keyOf(edge.to)}`).sort();
}

async function waitForNetwork(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'relationships drawn' }).waitFor();
}

/** Every drawn node's id and place. */
async function drawnPlaces(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const container = document.getElementById('network') as HTMLElement & {
      _cyreg?: {
        cy?: {
          nodes(): { map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[] };
        };
      };
    };
    return container._cyreg?.cy?.nodes().map((n) => ({ id: n.id(), ...n.position() })) ?? [];
  });
}

describe('the explorer', () => {
  it('opens the demo: sign in with a pasted key, then the overview of regions and partners to start from', async () => {
    const { context, page, problems } = await openExplorer();
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await shot(page, '01-sign-in');
    await signIn(page, analystKey);
    const partners = page.locator('.overview-table button.provider');
    await partners.first().waitFor();
    const names = await partners.allTextContents();
    for (const provider of ['Litware Europe', 'Litware US', 'Proseware Distribution', 'Relecloud Asia Pacific']) {
      expect(names).toContain(provider);
    }
    const litware = page.locator('.overview-table tr').filter({ hasText: 'Litware Europe' });
    await expect(litware.textContent()).resolves.toContain('2 indirect resellers');
    await page.locator('.findings-note').filter({ hasText: 'findings' }).waitFor();
    expect(await page.locator('.findings-table tbody tr').count()).toBeGreaterThan(10);
    // The trend over recorded runs, by severity and by rule, drawn from the runs the API records.
    const charts = page.locator('.overview-trend svg.trend-chart');
    await expect(charts.count()).resolves.toBe(2);
    const legend = (chart: number) =>
      charts
        .nth(chart)
        .locator('g.series > text')
        .allTextContents()
        .then((texts) => texts.map((text) => Number(text.match(/\((\d+)\)$/)?.[1])));
    const { scanRuns } = await gql<{ scanRuns: { edges: { node: { total: number } }[] } }>(
      '{ scanRuns(first: 1) { edges { node { total } } } }',
      {},
    );
    const total = scanRuns.edges[0]?.node.total ?? -1;
    expect(total).toBeGreaterThan(0);
    const bySeverity = await legend(0);
    expect(bySeverity).toHaveLength(4);
    expect(bySeverity.reduce((sum, n) => sum + n, 0)).toBe(total);
    expect((await legend(1)).reduce((sum, n) => sum + n, 0)).toBe(total);
    expect(await charts.nth(1).locator('g.series polyline').count()).toBeGreaterThan(1);
    await shot(page, '02-start');
    expect(problems).toEqual([]);
    await context.close();
  });

  it("draws a provider's supply chain with its reseller-of-record customers and their subscriptions", async () => {
    const { context, page, problems } = await openExplorer();
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') problems.push(message.text());
    });
    await signIn(page, analystKey);
    await page.locator('.overview-table button.provider').filter({ hasText: 'Litware Europe' }).click();
    await waitForNetwork(page);
    // Straight from the graph: subscriptions naming Litware Europe or a reseller it supplies as reseller of record,
    // for a customer that partner does not sell to.
    const expected = await readRows(
      db(),
      z.object({ link: z.string() }),
      `MATCH (root:Partner {name: 'Litware Europe'})
       MATCH (p:Partner) WHERE p = root OR (root)-[:SUPPLIES]->(p)
       MATCH (p)<-[:RESELLER_OF_RECORD]-(s:Subscription)-[:FOR]->(c:Customer)
       WHERE NOT (p)-[:SELLS_TO]->(c)
       UNWIND ['RESELLER_OF_RECORD SUBSCRIPTION:' + s.id + '>PARTNER:' + p.id,
               'FOR SUBSCRIPTION:' + s.id + '>CUSTOMER:' + c.id] AS link
       RETURN DISTINCT link`,
    );
    expect(expected.length).toBeGreaterThanOrEqual(4);
    await page.waitForFunction(
      (links) => {
        interface Edge {
          data(name: string): string;
          source(): { id(): string };
          target(): { id(): string };
        }
        const container = document.getElementById('network') as HTMLElement & {
          _cyreg?: { cy?: { edges(): { map<T>(f: (e: Edge) => T): T[] } } };
        };
        const drawnLinks = new Set(
          container._cyreg?.cy?.edges().map((e) => `${e.data('type')} ${e.source().id()}>${e.target().id()}`) ?? [],
        );
        return links.every((link) => drawnLinks.has(link));
      },
      expected.map((row) => row.link),
      { timeout: 15_000 },
    );
    await shot(page, '02-supply-chain-reseller-of-record');
    // The force layout, computed in a worker: the same nodes, each at a place of its own.
    const layered = await drawnPlaces(page);
    await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Force' }).click();
    await page.waitForFunction((before) => {
      const container = document.getElementById('network') as HTMLElement & {
        _cyreg?: { cy?: { nodes(): { map<T>(f: (n: { position(): { x: number; y: number } }) => T): T[] } } };
      };
      const now = container._cyreg?.cy?.nodes().map((n) => `${n.position().x},${n.position().y}`) ?? [];
      return now.length === before.length && now.join(';') !== before.map((p) => `${p.x},${p.y}`).join(';');
    }, layered);
    const forced = await drawnPlaces(page);
    expect(forced.map((p) => p.id).sort()).toEqual(layered.map((p) => p.id).sort());
    expect(new Set(forced.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(forced.length);
    await shot(page, '02-supply-chain-force');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a wrong key and says so, leaving the user at the sign-in form', async () => {
    const { context, page } = await openExplorer();
    await page.getByLabel('API key or token').fill('csp_not-a-real-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.sign-in-form .problem').filter({ hasText: 'refused' }).waitFor();
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    await context.close();
  });

  it('finds a reseller by name and highlights the evidence of its cross-region finding', async () => {
    const { context, page, problems } = await openExplorer();
    await signIn(page, analystKey);
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await search.fill('Fabrikam');
    await page.getByRole('option', { name: /Fabrikam France/ }).waitFor();
    await shot(page, '03-search-suggestions');
    await search.press('ArrowDown');
    await search.press('Enter');
    await waitForNetwork(page);
    expect(new URL(page.url()).searchParams.get('root')).toBe(FABRIKAM_FRANCE);
    await page.locator('.details-title').filter({ hasText: 'Fabrikam France' }).waitFor();
    // The details list every open finding concerning it, through the API's entity filter.
    const concerning = await gql<{ findings: { totalCount: number } }>(
      'query F($filter: FindingFilter) { findings(filter: $filter) { totalCount } }',
      { filter: { entityIds: [FABRIKAM_FRANCE.slice('PARTNER:'.length)], statuses: ['OPEN', 'ACKNOWLEDGED'] } },
    );
    expect(concerning.findings.totalCount).toBeGreaterThan(0);
    await page
      .locator('.details h3')
      .filter({ hasText: `Findings (${concerning.findings.totalCount})` })
      .waitFor();
    expect(await page.locator('.details .finding-card').count()).toBe(concerning.findings.totalCount);
    const before = await drawn(page);
    expect(before[FABRIKAM_FRANCE]).toEqual(expect.arrayContaining(['root', 'flagged', 'sev-critical']));
    await shot(page, '04-reseller');
    const [image] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const png = await readFile((await image.path()) as string);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(10_000);

    await page.getByRole('button', { name: CROSS_REGION_FINDING }).click();
    await page.locator('.details .clause').filter({ hasText: 'csp-partner-relationships' }).waitFor();
    await page.waitForFunction((key) => {
      const container = document.getElementById('network') as HTMLElement & {
        _cyreg?: { cy?: { getElementById(id: string): { hasClass(c: string): boolean } } };
      };
      return container._cyreg?.cy?.getElementById(key).hasClass('evidence') ?? false;
    }, WOODGROVE_BANK);
    const after = await drawn(page);
    expect(after[FABRIKAM_FRANCE]).toContain('evidence');
    expect(after[WOODGROVE_BANK]).toContain('evidence');
    const evidenceEdges = Object.entries(after).filter(
      ([id, classes]) => id.includes('>') && classes.includes('evidence'),
    );
    expect(evidenceEdges.length).toBeGreaterThanOrEqual(2);
    // The relationships drawn are exactly those the rule matched: the finding's evidence edges.
    const findingKey = new URL(page.url()).searchParams.get('finding') as string;
    expect(findingKey).toMatch(/^cross-region-sale\|/);
    const expected = await findingEvidenceLinks(findingKey);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(await drawnEvidenceLinks(page)).toEqual(expected);
    expect(Object.values(after).filter((classes) => classes.includes('faded')).length).toBeGreaterThan(0);
    expect(await page.locator('.details').textContent()).toContain('Ways to fix it');
    expect(await page.locator('.findings-table tr.selected').textContent()).toContain('Woodgrove Bank');
    await shot(page, '05-cross-region-evidence');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the printable report and downloads the CSV for what the list shows', async () => {
    const { context, page, problems } = await openExplorer();
    await signIn(page, analystKey);
    await page.locator('.findings-table tbody tr').first().waitFor();
    const [report] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open printable report' }).click(),
    ]);
    await report.getByRole('heading', { name: 'CSP compliance report' }).waitFor();
    const text = await report.locator('body').textContent();
    expect(text).toContain('As of 2026-06-30');
    expect(text).toContain("Sale to a customer outside the partner's region");
    expect(text).toContain('Fabrikam France');
    await report.screenshot({ path: path.join(SCREENSHOTS, '06-report.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header?.startsWith('severity,rule,title,message,clause')).toBe(true);
    expect(rows.length).toBe(await page.locator('.findings-table tbody tr').count());
    expect(csv).toContain('cross-region-sale');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reopens a shared link at the same root, filters and highlighted finding', async () => {
    const first = await openExplorer();
    await signIn(first.page, analystKey);
    await first.page.getByRole('combobox', { name: 'Search the graph' }).fill('Fabrikam France');
    await first.page.getByRole('option', { name: /Fabrikam France/ }).click();
    await waitForNetwork(first.page);
    await first.page.getByRole('checkbox', { name: /critical/ }).check();
    await first.page.getByRole('button', { name: CROSS_REGION_FINDING }).click();
    await first.page.locator('.details .clause').waitFor();
    const link = first.page.url();
    await first.context.close();
    expect(new URL(link).searchParams.getAll('severity')).toEqual(['CRITICAL']);

    const second = await openExplorer(new URL(link).pathname + new URL(link).search);
    await signIn(second.page, analystKey);
    await waitForNetwork(second.page);
    await second.page
      .locator('.details-title')
      .filter({ hasText: "Sale to a customer outside the partner's region" })
      .waitFor();
    await second.page.waitForFunction((key) => {
      const container = document.getElementById('network') as HTMLElement & {
        _cyreg?: { cy?: { getElementById(id: string): { hasClass(c: string): boolean } } };
      };
      return container._cyreg?.cy?.getElementById(key).hasClass('evidence') ?? false;
    }, WOODGROVE_BANK);
    expect(await second.page.getByRole('checkbox', { name: /critical/ }).isChecked()).toBe(true);
    const severities = await second.page.locator('.findings-table tbody .sev').allTextContents();
    expect(new Set(severities.map((s) => s.toLowerCase()))).toEqual(new Set(['critical']));
    expect(second.page.url()).toBe(link);
    await shot(second.page, '07-shared-link');
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  it('shows the findings of the scan as of the chosen date, and says when no scan was run by then', async () => {
    const { context, page, problems } = await openExplorer(
      `/?root=${encodeURIComponent(FABRIKAM_FRANCE)}&asOf=2026-07-15`,
    );
    await signIn(page, analystKey);
    await waitForNetwork(page);
    await page
      .locator('.findings-note')
      .filter({ hasText: 'as of 2026-06-30, the latest on or before 2026-07-15' })
      .waitFor();
    expect(await page.locator('.findings-table tbody tr').count()).toBeGreaterThan(10);
    await page.getByLabel('As-of date').fill('2019-01-01');
    await page.locator('.findings-note').filter({ hasText: 'No scan was run as of 2019-01-01' }).waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2019-01-01');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('checks a proposed supply against the rules before anyone makes it', async () => {
    const { context, page, problems } = await openExplorer();
    await signIn(page, analystKey);
    await page.getByRole('tab', { name: 'What-if' }).click();
    await page.getByLabel('A provider supplies a reseller').check();
    const provider = page.getByRole('combobox', { name: 'Indirect provider', exact: true });
    await provider.fill('Litware US');
    await page.getByRole('option', { name: /Litware US/ }).click();
    const reseller = page.getByRole('combobox', { name: 'Indirect reseller', exact: true });
    await reseller.fill('Northwind');
    await page.getByRole('option', { name: /Northwind Cloud Services/ }).click();
    await page.getByRole('button', { name: 'Check against the rules' }).click();
    const result = page.locator('.what-if-result');
    await result.locator('.not-compliant, .error').waitFor();
    expect(await result.textContent(), apiErrors()).toContain('Provider and reseller in different regions');
    await shot(page, '08-what-if');

    await page.getByLabel('A partner takes on a customer').check();
    await page.getByRole('combobox', { name: 'Partner', exact: true }).fill('Contoso US');
    await page.getByRole('option', { name: /Contoso US/ }).click();
    await page.getByRole('combobox', { name: 'Customer', exact: true }).fill('Alpine Ski');
    await page.getByRole('option', { name: /Alpine Ski House/ }).click();
    await page.getByRole('button', { name: 'Check against the rules' }).click();
    await result.locator('.compliant, .error').waitFor();
    expect(await result.textContent(), apiErrors()).toContain('No rule would be broken');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells a viewer that checking a proposal needs the analyst role', async () => {
    const { context, page } = await openExplorer();
    await signIn(page, viewerKey);
    await page.getByRole('tab', { name: 'What-if' }).click();
    await page.getByRole('combobox', { name: 'Partner', exact: true }).fill('Contoso US');
    await page.getByRole('option', { name: /Contoso US/ }).click();
    await page.getByRole('combobox', { name: 'Customer', exact: true }).fill('Alpine Ski');
    await page.getByRole('option', { name: /Alpine Ski House/ }).click();
    await page.getByRole('button', { name: 'Check against the rules' }).click();
    await page.locator('.what-if-result').filter({ hasText: 'analyst role' }).waitFor();
    await context.close();
  });

  it('works from the keyboard: search, the table twin, selection and expansion', async () => {
    const { context, page, problems } = await openExplorer();
    await signIn(page, analystKey);
    // Signing in leaves the keyboard in the search box.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('Woodgrove');
    await page.getByRole('option', { name: /Woodgrove Bank/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForNetwork(page);
    await page.getByRole('button', { name: 'Table', exact: true }).focus();
    await page.keyboard.press('Enter');
    const rows = page.locator('#network-table button.row-name');
    await rows.first().waitFor();
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    const focusedName = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    await page.locator('.details-title').filter({ hasText: focusedName }).waitFor();
    expect(await page.locator('#network-table tr.selected').textContent()).toContain(focusedName);
    await page
      .locator('#network-table tr.selected')
      .getByRole('button', { name: /^Expand/ })
      .press('Enter');
    await page
      .locator('#network-table tr.selected')
      .getByRole('button', { name: /^Collapse/ })
      .waitFor();
    expect(new URL(page.url()).searchParams.getAll('expand')).toHaveLength(1);
    await shot(page, '09-keyboard-table');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says what is loading instead of "no findings", and gives a way back from a view that cannot be drawn', async () => {
    const { context, page, problems } = await openExplorer('/?root=PARTNER:no-such-partner');
    await expect(page.locator('#findings-list').textContent()).resolves.toContain('Sign in to see the findings');
    // No count before the findings are loaded: a placeholder, never 0.
    await expect(page.locator('#filters .count').first().textContent()).resolves.toBe('…');
    await signIn(page, analystKey);
    const error = page.getByRole('alert').filter({ hasText: 'This view could not be drawn' });
    await error.waitFor();
    await shot(page, '20-error-state');
    await page.getByRole('button', { name: 'Back to the overview' }).click();
    await page.locator('.overview-region').first().waitFor();
    expect(await error.isVisible()).toBe(false);
    expect(problems.filter((problem) => !problem.includes('no-such-partner'))).toEqual([]);
    await context.close();
  });

  it('keeps severity counts under the severity filter, puts the skip link first and writes dates as ISO', async () => {
    const { context, page, problems } = await openExplorer();
    await signIn(page, analystKey);
    await page.locator('.findings-note').filter({ hasText: 'findings' }).waitFor();
    const counts = () => page.locator('#filters fieldset').first().locator('.count').allTextContents();
    const before = await counts();
    await page.getByRole('checkbox', { name: /critical/ }).check();
    await page.locator('.findings-note').filter({ hasText: 'findings' }).waitFor();
    await expect.poll(counts).toEqual(before);
    // Reopened (the key is kept for the tab), the first Tab reaches the skip link.
    await page.reload();
    await page.locator('.overview-region').first().waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.getByRole('tab', { name: 'What-if' }).click();
    await expect(page.locator('#what-if-date').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('#what-if-date').getAttribute('type')).resolves.toBe('text');
    // The findings pane grows from the keyboard on its separator.
    const pane = page.locator('#findings');
    const height = (await pane.boundingBox())?.height ?? 0;
    await page.getByRole('separator', { name: /Resize the findings pane/ }).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await pane.boundingBox())?.height ?? 0).toBeGreaterThan(height + 50);
    expect(problems).toEqual([]);
    await context.close();
  });
});
