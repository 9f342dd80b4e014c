// `./csp start` and `./csp serve` as a user runs them: start loads the demo only into an empty graph or one that holds
// the demo alone, and refuses, changing nothing, when the graph holds other data; serve answers over the graph as it
// is, loading and scanning nothing, and stops on SIGTERM.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiKey } from '../../server/api/auth/api-keys';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { graphSummary } from '../../server/graph/graph-summary';
import { importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { runScan } from '../../server/scan/run-scan';
import { recordScan } from '../../server/scan/scan-history';
import { runCli, spawnCli } from '../support/run-cli';
import { clearGraph, graphSnapshot, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'complete.json');

beforeEach(async () => {
  await clearGraph(db());
});

async function scanRuns(): Promise<number> {
  const [row] = await readRows(db(), z.object({ runs: z.number() }), 'MATCH (run:ScanRun) RETURN count(run) AS runs');
  return row?.runs ?? 0;
}

describe('./csp start', () => {
  it('refuses to load the demo into a graph that holds other data, and leaves it as it was', async () => {
    await importPath(db(), FIXTURE);
    const before = await graphSnapshot(db());
    const result = await runCli(['start', '--no-serve']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/holds data besides the demo's \(for one, '[^']+'\)/);
    expect(result.stderr).toContain('./csp serve');
    expect(await graphSnapshot(db())).toBe(before);
    expect(await scanRuns()).toBe(0);
  });

  it('loads and scans the demo into an empty graph, and again into the graph that holds it', async () => {
    const first = await runCli(['start', '--no-serve']);
    expect(first.stderr).not.toMatch(/Error|besides/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Scan as of \d{4}-\d{2}-\d{2}: [1-9]\d* findings\./);
    // The second start finds the demo alone, loads it again (adding nothing) and records one more scan.
    const loaded = await graphSummary(db());
    expect(loaded.find((row) => row.name === 'Customer')?.count).toBeGreaterThan(0);
    const again = await runCli(['start', '--no-serve']);
    expect(again.code).toBe(0);
    expect(await graphSummary(db())).toEqual(loaded);
    expect(await scanRuns()).toBe(2);
  }, 240_000);
});

describe('./csp serve', () => {
  it('serves the graph as it is, loading and scanning nothing, until SIGTERM', async () => {
    await importPath(db(), FIXTURE);
    const before = await graphSnapshot(db());
    const child = spawnCli(['serve', '--port', '0']);
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    const api = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        const url = /GraphQL API: (\S+)/.exec(stdout)?.[1];
        if (url) resolve(url);
      });
      exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    try {
      expect(stdout).toContain('No API key exists yet');
      expect(await scanRuns()).toBe(0);
      const origin = api.replace(/\/graphql$/, '');
      expect((await fetch(`${origin}/ready`)).status).toBe(200);
      expect((await fetch(`${origin}/`)).status).toBe(200);
      // Without a key the API answers 401: serve makes none.
      const unsigned = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(unsigned.status).toBe(401);
      expect(await graphSnapshot(db())).toBe(before);
      // A key made and a scan recorded while it serves are used at the next request: nothing is cached.
      const { secret } = await createApiKey(db(), { name: 'serve test', role: 'viewer', createdBy: 'test' });
      const openFindings = async () => {
        const response = await fetch(api, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body: JSON.stringify({ query: '{ findings(filter: { statuses: [OPEN] }) { totalCount } }' }),
        });
        expect(response.status).toBe(200);
        return ((await response.json()) as { data: { findings: { totalCount: number } } }).data.findings.totalCount;
      };
      expect(await openFindings()).toBe(0);
      const scan = await runScan(db(), loadCatalog(), { asOf: '2025-06-30' });
      expect(scan.findings.length).toBeGreaterThan(0);
      await recordScan(db(), scan);
      expect(await openFindings()).toBe(scan.findings.length);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM: stopping the server.');
    expect(await scanRuns()).toBe(1);
  }, 240_000);
});
