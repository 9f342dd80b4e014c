// End-to-end setup of the explorer: the web app built once, the API serving it on a free port against the test
// Neo4j (demo imported, one scan recorded), API keys, and Debian's Chromium driven by playwright-core.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { createApiKey } from '../../server/api/auth/api-keys';
import type { Role } from '../../server/api/auth/roles';
import { startApiServer } from '../../server/api/index';
import { PROJECT_ROOT } from '../../server/config';
import type { Executor } from '../../server/db/executor';
import { clearGraph } from '../../server/graph/clear-graph';
import { importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { runScan } from '../../server/scan/run-scan';
import { recordScan } from '../../server/scan/scan-history';
import { launchChromium as launchDebianChromium } from '../support/chromium';

export const DEMO = path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json');
/** The date docs/demo.md tells the demo's story as of. */
export const DEMO_AS_OF = '2026-06-30';
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

const run = promisify(execFile);

/** Builds the web app with its own Vite config into a fresh folder (never over a developer's web/dist). */
export async function buildWebApp(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(path.join(tmpdir(), 'csp-web-'));
  const dir = path.join(parent, 'dist');
  const vite = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  await run(
    vite,
    [
      'build',
      '--config',
      path.join(PROJECT_ROOT, 'web', 'vite.config.ts'),
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: PROJECT_ROOT,
    },
  );
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}

/** The demo ecosystem with one scan as of the demo's date, on an otherwise empty graph. */
export async function loadDemo(executor: Executor): Promise<string> {
  await clearGraph(executor);
  await importPath(executor, DEMO);
  const result = await runScan(executor, loadCatalog(), { asOf: DEMO_AS_OF });
  return recordScan(executor, result);
}

export async function createKey(executor: Executor, role: Role): Promise<string> {
  return (await createApiKey(executor, { name: `e2e ${role}`, role, createdBy: 'e2e' })).secret;
}

export interface RunningExplorer {
  origin: string;
  /** The API's log lines, to explain a failure. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/** The API and the built explorer on one port, exactly as `./csp start` serves them. */
export async function startExplorer(executor: Executor, distDir: string): Promise<RunningExplorer> {
  const logs: Record<string, unknown>[] = [];
  const server = await startApiServer({
    executor,
    port: 0,
    host: '127.0.0.1',
    webAppDir: distDir,
    settings: { mode: 'test', jwt: undefined },
    logger: { write: (entry) => logs.push(entry) },
  });
  return { origin: server.url.replace(/\/graphql$/, ''), logs, close: () => server.close() };
}

/** Debian's Chromium, with the screenshot folder ready. */
export async function launchChromium(): Promise<Browser> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return launchDebianChromium();
}
