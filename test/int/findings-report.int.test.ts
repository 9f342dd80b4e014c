// The report of recorded findings over real HTTP and from the command line: one reading for both (the CSV of
// `./csp report` is the explorer's download byte for byte), the caller admitted first, its scope applied, the
// findings those the API lists, a waived finding left out, refusals with their status.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/api/auth/api-keys';
import { runCli } from '../support/run-cli';
import { useApiServer } from './api-harness';

const api = useApiServer();
let europe = '';

const reportUrl = (path: string) => api.url().replace(/\/graphql$/, path);

async function download(path: string, credentials: string | null) {
  const response = await fetch(reportUrl(path), {
    headers: credentials ? { authorization: `Bearer ${credentials}` } : {},
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The keys of the findings the API lists as open now (open or acknowledged), in its order. */
async function listedKeys(credentials: string, filter: Record<string, unknown> = {}): Promise<string[]> {
  const keys: string[] = [];
  let after: string | null = null;
  do {
    const response = await fetch(api.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${credentials}` },
      body: JSON.stringify({
        query: `query L($filter: FindingFilter, $after: String) { findings(filter: $filter, first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { key } } } }`,
        variables: { filter: { statuses: ['OPEN', 'ACKNOWLEDGED'], ...filter }, after },
      }),
    });
    const body = (await response.json()) as {
      data: { findings: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { key: string } }[] } };
    };
    keys.push(...body.data.findings.edges.map((edge) => edge.node.key));
    after = body.data.findings.pageInfo.hasNextPage ? body.data.findings.pageInfo.endCursor : null;
  } while (after);
  return keys;
}

const csvKeys = (text: string) => (parse(text, { columns: true }) as { key: string }[]).map((row) => row.key);

beforeAll(async () => {
  europe = (
    await createApiKey(api.db(), { name: 'europe', role: 'viewer', createdBy: 'test', scope: { regions: ['Europe'] } })
  ).secret;
  const scan = await api.gql('mutation { runScan(asOf: "2026-01-01") { run { id } } }', {}, { role: 'analyst' });
  expect(scan.body.errors).toBeUndefined();
});

describe('the findings report', () => {
  it('admits the caller before anything else: no credentials, no report', async () => {
    const refused = await download('/reports/findings.csv', null);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download('/reports/nothing.txt', null)).status).toBe(401);
  });

  it('holds the findings the API lists as open, in its order, and the command line writes the same CSV', async () => {
    const listed = await listedKeys(api.key('admin'));
    expect(listed.length).toBeGreaterThan(5);
    const csv = await download('/reports/findings.csv', api.key('viewer'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="csp-findings-2026-01-01\.csv"$/);
    expect(csvKeys(csv.text)).toEqual(listed);

    const cli = await runCli(['report', '--format', 'csv']);
    expect(cli.stderr).toContain(`${listed.length} findings as of 2026-01-01`);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(csv.text);

    const html = await download('/reports/findings.html?severity=critical', api.key('viewer'));
    expect(html.status).toBe(200);
    const critical = await listedKeys(api.key('admin'), { severities: ['CRITICAL'] });
    expect(html.text).toContain(`<strong>${critical.length}</strong> findings`);
  });

  it('leaves out a finding under a running waiver, and holds it again once the waiver has run out', async () => {
    const [key] = await listedKeys(api.key('admin'));
    const waive = await api.gql(
      'mutation W($key: ID!) { waiveFinding(key: $key, reason: "agreed", until: "2099-01-01T00:00:00Z") { status } }',
      { key },
      { role: 'analyst' },
    );
    expect(waive.body.data).toEqual({ waiveFinding: { status: 'WAIVED' } });
    expect(csvKeys((await download('/reports/findings.csv', api.key('viewer'))).text)).not.toContain(key);
    const cli = await runCli(['report', '--format', 'csv']);
    expect(csvKeys(cli.stdout)).not.toContain(key);

    await api.db().write("MATCH (f:Finding {key: $key}) SET f.waivedUntil = datetime('2020-01-01T00:00:00Z')", { key });
    expect(csvKeys((await download('/reports/findings.csv', api.key('viewer'))).text)).toContain(key);
  });

  it("holds only what a scoped caller's scope holds", async () => {
    const all = await listedKeys(api.key('admin'));
    const scoped = await listedKeys(europe);
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.length).toBeLessThan(all.length);
    expect(csvKeys((await download('/reports/findings.csv', europe)).text)).toEqual(scoped);
  });

  it("reports a run's findings, and refuses an unknown run or rule with the API's reason", async () => {
    const runs = await api.gql<{ scanRuns: { edges: { node: { id: string; total: number } }[] } }>(
      '{ scanRuns(first: 1) { edges { node { id total } } } }',
    );
    const run = runs.body.data?.scanRuns.edges[0]?.node as { id: string; total: number };
    const ofRun = await download(`/reports/findings.csv?runId=${run.id}`, api.key('viewer'));
    expect(csvKeys(ofRun.text)).toHaveLength(run.total);

    const gone = await download('/reports/findings.csv?runId=no-such-run', api.key('viewer'));
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.text)).toEqual({ error: "No scan run has the id 'no-such-run'." });
    const rule = await download('/reports/findings.csv?rule=no-such-rule', api.key('viewer'));
    expect(rule.status).toBe(400);
    expect(JSON.parse(rule.text).error).toContain('no-such-rule');
    const cli = await runCli(['report', '--run-id', 'no-such-run']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain("No scan run has the id 'no-such-run'.");
  });
});
