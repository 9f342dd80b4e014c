// `./csp check` as a user runs it: proposals in the import format (JSON or CSV), checked together and one by one,
// the exit code saying whether they create findings, and nothing written.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FINDINGS } from '../../server/cli/commands/scan';
import { PROJECT_ROOT } from '../../server/config';
import { importPath } from '../../server/import/import-path';
import { runCli } from '../support/run-cli';
import { clearGraph, graphSnapshot, useTestDatabase } from '../support/test-database';
import { DEMO_IDS } from './api-harness';

const db = useTestDatabase();
const ADVENTURE_WORKS = '630bcd18-b2b3-4111-82cc-de31581e4b7b';
const dir = mkdtempSync(path.join(os.tmpdir(), 'csp-check-'));

beforeAll(async () => {
  await clearGraph(db());
  await importPath(db(), path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json'));
});

function document(content: Record<string, unknown[]>): string {
  const file = path.join(dir, `${Object.keys(content).join('-')}.json`);
  writeFileSync(file, JSON.stringify({ format: 'csp-graph', version: 1, ...content }));
  return file;
}

describe('csp check', () => {
  it('reports the findings of proposals together and one by one, and writes nothing', async () => {
    const before = await graphSnapshot(db());
    const file = document({
      supplies: [{ providerId: DEMO_IDS.litwareEurope, resellerId: DEMO_IDS.bellowsDigital, since: '2025-01-01' }],
      resellerRelationships: [{ partnerId: DEMO_IDS.contosoEurope, customerId: ADVENTURE_WORKS, since: '2025-06-01' }],
    });
    const result = await runCli(['check', file, '--format', 'json']);
    expect(result.code, result.stderr).toBe(EXIT_FINDINGS);
    const check = JSON.parse(result.stdout);
    expect(check.asOf).toBe('2025-06-01');
    expect(check.proposals.map((one: { compliant: boolean }) => one.compliant)).toEqual([false, true]);
    expect(check.together.findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain(
      'cross-region-partnership',
    );
    expect(await graphSnapshot(db())).toBe(before);

    const text = await runCli(['check', file]);
    expect(text.stdout).toMatch(/^As of 2025-06-01\nAll proposals together: \d+ finding\(s\)\n/);
    expect(text.stdout).toMatch(/Proposal 2 \(.*\/resellerRelationships\/0\): compliant/);
  });

  it('reads a folder of CSV files, exiting 0 when nothing would be found', async () => {
    const folder = path.join(dir, 'csv');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'reseller-relationships.csv'),
      `partnerId,customerId,since\n${DEMO_IDS.contosoEurope},${ADVENTURE_WORKS},2025-06-01\n`,
    );
    const result = await runCli(['check', folder]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('All proposals together: compliant');
  });

  it('refuses what cannot be proposed, naming the record', async () => {
    const file = document({ partners: [{ id: 'p-new' }] });
    const result = await runCli(['check', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\/partners\/0 : partners cannot be proposed: give only supplies/);
    const unknown = document({
      supplies: [{ providerId: 'no-such-partner', resellerId: DEMO_IDS.bellowsDigital, since: '2025-01-01' }],
    });
    const refused = await runCli(['check', unknown]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/providerId/);
  });
});
