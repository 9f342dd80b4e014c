// `./csp scan` as a user runs it: every output format, rule selection, --fail-on exit codes and clear refusals.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FINDINGS } from '../../server/cli/commands/scan';
import { PROJECT_ROOT } from '../../server/config';
import { importPath } from '../../server/import/import-path';
import { runCli } from '../support/run-cli';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const AS_OF = ['--as-of', '2026-06-30'];

beforeAll(async () => {
  await clearGraph(db());
  await importPath(db(), path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json'));
});

describe('csp scan', () => {
  it('writes JSON by default, records the run, and compares the next run with it', async () => {
    const first = await runCli(['scan', ...AS_OF]);
    expect(first.code, first.stderr).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.asOf).toBe('2026-06-30');
    expect(report.summary.total).toBe(report.findings.length);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(first.stderr).toMatch(/recorded/);
    const second = await runCli(['scan', ...AS_OF]);
    expect(second.stderr).toContain(`0 new, ${report.findings.length} still open, 0 resolved`);
  });

  it('writes every format to a file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'csp-scan-'));
    for (const format of ['csv', 'md', 'html', 'sarif']) {
      const out = path.join(dir, `report.${format}`);
      const result = await runCli(['scan', ...AS_OF, '--no-record', '--format', format, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe('');
      const text = readFileSync(out, 'utf8');
      if (format === 'csv') expect(text.split('\r\n')[0]).toMatch(/^severity,rule,/);
      if (format === 'md') expect(text).toMatch(/^# CSP compliance report/);
      if (format === 'html') expect(text).toMatch(/^<!doctype html>/);
      if (format === 'sarif') expect(JSON.parse(text).version).toBe('2.1.0');
    }
  });

  it('runs only the rules named with --rules', async () => {
    const result = await runCli(['scan', ...AS_OF, '--no-record', '--rules', 'cross-region-sale,self-sale']);
    const rules = new Set(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId));
    expect([...rules].sort()).toEqual(['cross-region-sale', 'self-sale']);
  });

  it('exits with the findings code only when a finding reaches the --fail-on severity', async () => {
    const critical = await runCli(['scan', ...AS_OF, '--no-record', '--fail-on', 'critical']);
    expect(critical.code).toBe(EXIT_FINDINGS);
    // provider-direct-sale is medium: failing on critical with only that rule passes, failing on low does not.
    const medium = ['scan', ...AS_OF, '--no-record', '--rules', 'provider-direct-sale'];
    expect((await runCli([...medium, '--fail-on', 'critical'])).code).toBe(0);
    expect((await runCli([...medium, '--fail-on', 'low'])).code).toBe(EXIT_FINDINGS);
  });

  it('refuses bad options with a clear message and exit code 1', async () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'pdf'], /--format must be one of json, csv, md, html, sarif/],
      [['--fail-on', 'urgent'], /--fail-on must be critical, high, medium or low/],
      [['--rules', 'nope'], /Unknown rule id\(s\): nope/],
      [['--as-of', '2026-13-01'], /real date/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['scan', '--no-record', ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
