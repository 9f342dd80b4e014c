// The explorer's journeys on a large ecosystem, shared by the end-to-end test and the web benchmark: sign in to the
// overview, open a provider's supply chain, open a group, select a finding; with what the page drew, how long each
// step took, the longest main-thread task (Long Tasks API) and every warning or error the page raised.
import type { Page } from 'playwright-core';

export interface Watch {
  /** Page errors, console warnings and errors (Cytoscape's among them), GraphQL errors. */
  problems: string[];
  /** The longest task since the last call, in ms (0 when none took over 50 ms). */
  longestTask(): Promise<number>;
}

/** Listens for problems and long tasks from the first script on; call before the first navigation. */
export async function watch(page: Page): Promise<Watch> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = await response.json().catch(() => null);
    for (const error of body?.errors ?? []) problems.push(`GraphQL: ${error.message}`);
  });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return {
    problems,
    longestTask: () =>
      page.evaluate(() => {
        const tasks = (window as unknown as { longTasks: number[] }).longTasks;
        const longest = Math.max(0, ...tasks);
        tasks.length = 0;
        return longest;
      }),
  };
}

export async function signIn(page: Page, key: string): Promise<void> {
  await page.getByLabel('API key or token').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

/** Forgets the long tasks seen so far (what loading the page or taking a screenshot cost is no step's). */
export async function forgetTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks = (window as unknown as { longTasks?: number[] }).longTasks;
    if (tasks) tasks.length = 0;
  });
}

/** Milliseconds from signing in to the overview on screen; the page's own loading is not counted in its tasks. */
export async function openOverview(page: Page, origin: string, key: string): Promise<number> {
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.getByLabel('API key or token').waitFor();
  await forgetTasks(page);
  const started = Date.now();
  await signIn(page, key);
  await page.locator('.overview-region').first().waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

export interface Drawn {
  nodes: number;
  edges: number;
  groups: string[];
}

/** What the Cytoscape instance in the network container holds. */
export function drawnNow(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    interface Collection {
      length: number;
      map<T>(f: (element: { id(): string }) => T): T[];
    }
    const container = document.getElementById('network') as HTMLElement & {
      _cyreg?: { cy?: { nodes(selector?: string): Collection; edges(): Collection } };
    };
    const cy = container._cyreg?.cy;
    return {
      nodes: cy?.nodes().length ?? 0,
      edges: cy?.edges().length ?? 0,
      groups: cy?.nodes('.aggregate').map((node) => node.id()) ?? [],
    };
  });
}

/** Waits until the canvas holds everything the status line says is drawn (views are added a chunk per frame). */
export async function settled(page: Page): Promise<Drawn> {
  const status = page.locator('#status').filter({ hasText: 'relationships drawn' });
  await status.waitFor({ timeout: 60_000 });
  for (;;) {
    const text = (await status.textContent()) ?? '';
    const count = (pattern: RegExp) => Number((text.match(pattern)?.[1] ?? '0').replaceAll(',', ''));
    const entities = count(/([\d,]+) entit/);
    const relationships = count(/([\d,]+) relationship/);
    const groups = count(/([\d,]+) groups? folded/);
    const drawn = await drawnNow(page);
    if (drawn.nodes === entities + groups && drawn.edges === relationships + groups) return drawn;
    await page.waitForTimeout(50);
  }
}

/** Milliseconds from a click on the overview's row of `name` to the supply chain fully drawn. */
export async function openSupplyChain(page: Page, name: string): Promise<{ ms: number; drawn: Drawn }> {
  const started = Date.now();
  await page.locator('.overview-table button.provider').filter({ hasText: name }).first().click();
  await page.locator('#status').filter({ hasText: 'relationships drawn' }).waitFor({ timeout: 60_000 });
  const drawn = await settled(page);
  return { ms: Date.now() - started, drawn };
}

/** Where a node is on the page (its rendered centre plus the container's offset). */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const container = document.getElementById('network') as HTMLElement & {
      _cyreg?: { cy?: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } };
    };
    const position = container._cyreg?.cy?.getElementById(nodeId).renderedPosition() ?? { x: 0, y: 0 };
    const box = container.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
}

/** Pans the view so a node is in its centre, as a user would drag it there. */
export async function panTo(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    const container = document.getElementById('network') as HTMLElement & {
      _cyreg?: { cy?: { center(element: unknown): void; getElementById(id: string): unknown } };
    };
    const cy = container._cyreg?.cy;
    cy?.center(cy.getElementById(nodeId));
  }, id);
}

/** Milliseconds from selecting a group node and pressing Enter to its first page drawn. */
export async function openGroup(page: Page, groupId: string): Promise<{ ms: number; drawn: Drawn }> {
  const before = await drawnNow(page);
  await panTo(page, groupId);
  const { x, y } = await nodeOnPage(page, groupId);
  const started = Date.now();
  await page.mouse.click(x, y);
  await page.keyboard.press('Enter');
  for (;;) {
    const now = await drawnNow(page);
    if (now.nodes > before.nodes) break;
    if (Date.now() - started > 60_000) throw new Error(`opening ${groupId} drew nothing in 60 s`);
    await page.waitForTimeout(25);
  }
  const drawn = await settled(page);
  return { ms: Date.now() - started, drawn };
}

export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The evidence on show: its nodes' boxes on screen, every other node's, and the evidence relationships drawn. */
export function evidenceOnScreen(page: Page): Promise<{
  width: number;
  height: number;
  evidence: Box[];
  others: Box[];
  links: string[];
}> {
  return page.evaluate(() => {
    interface Node {
      id(): string;
      renderedBoundingBox(options: object): { x1: number; y1: number; x2: number; y2: number };
    }
    interface Edge {
      data(name: string): string;
      source(): { id(): string };
      target(): { id(): string };
    }
    const container = document.getElementById('network') as HTMLElement & {
      _cyreg?: {
        cy?: {
          nodes(selector: string): {
            map<T>(f: (n: Node) => T): T[];
            not(selector: string): { map<T>(f: (n: Node) => T): T[] };
          };
          edges(selector: string): { map<T>(f: (e: Edge) => T): T[] };
        };
      };
    };
    const cy = container._cyreg?.cy;
    const options = { includeLabels: false, includeOverlays: false, includeUnderlays: false };
    return {
      width: container.clientWidth,
      height: container.clientHeight,
      evidence: cy?.nodes('.evidence').map((node) => ({ id: node.id(), ...node.renderedBoundingBox(options) })) ?? [],
      others:
        cy
          ?.nodes('[id]')
          .not('.evidence')
          .map((node) => ({ id: node.id(), ...node.renderedBoundingBox(options) })) ?? [],
      links: cy?.edges('.evidence').map((e) => `${e.data('type')} ${e.source().id()}>${e.target().id()}`) ?? [],
    };
  });
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
