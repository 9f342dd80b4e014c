// Latency and throughput of the GraphQL API under 50 concurrent clients on a generated ecosystem: `network` (depth 2)
// and `findings` over HTTP, against the same Cypher run through the raw driver in the same run; appends the results
// to docs/benchmarks.md under "API".
// Usage: npx tsx bench/api-latency.ts [--customers N] [--seed S] [--reuse DIR] [--clients C] [--requests R]
//   [--no-record]   print the section without appending it to docs/benchmarks.md
//   --reuse DIR   a folder written by `./csp generate` (else bench/out/api-N-S is generated)
//   Neo4j: NEO4J_URI's server (its graph is used as it is when it already holds customers; else the ecosystem is
//   imported), or else a throwaway local one (NEO4J_LOCAL_HEAP default here 8g, NEO4J_LOCAL_PAGECACHE_MB 2048).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { createApiKey } from '../server/api/auth/api-keys';
import { type ApiContext, commandLineContext } from '../server/api/context';
import { searchSummary, severityBuckets } from '../server/api/data/findings';
import { buildNetwork } from '../server/api/data/network';
import { startApiServer } from '../server/api/index';
import { DEFAULT_RATE_LIMITS } from '../server/api/settings';
import { apiStatement } from '../server/api/statement-text';
import { PROJECT_ROOT, type RemoteNeo4jSettings, readSettings } from '../server/config';
import { checkRows, readRows } from '../server/db/checked-rows';
import { cypher } from '../server/db/cypher-files';
import { createExecutor, type Executor } from '../server/db/executor';
import { startThrowawayNeo4j } from '../server/db/local-neo4j';
import { recordToPlain } from '../server/db/to-plain';
import { generateEcosystem, MANIFEST_FILE, type Manifest } from '../server/generate/generate-ecosystem';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../server/generate/shape';
import { importPath } from '../server/import/import-path';
import { prepareDatabase } from '../server/prepare-database';
import { loadCatalog } from '../server/rules/catalog';
import { runScan } from '../server/scan/run-scan';
import { recordScan } from '../server/scan/scan-history';
import { todayIso } from '../server/shared/dates';
import { closedLoop, type LoadFigures } from './closed-loop';
import type { HttpClientsJob } from './http-clients.worker';
import { count, log } from './measure';
import { recordResults, withSection } from './results';

const round = (value: number) => Math.round(value * 100) / 100;

const BENCHMARKS_DOC = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');
const BENCH_DEFAULTS = { NEO4J_LOCAL_HEAP: '8g', NEO4J_LOCAL_PAGECACHE_MB: '2048', NEO4J_QUERY_TIMEOUT_MS: '3600000' };
const NETWORK_LIMIT = 300;
/** The second raw path of findings: the same statements through the driver's executeQuery, each in a managed
 * transaction (BEGIN, RUN, COMMIT), for comparison with the data layer's single-statement reads. */
const EXECUTE_QUERY = 'raw driver, executeQuery';
const FINDINGS_PAGE = 50;
const ROOTS = 200;
/** This benchmark's section of docs/benchmarks.md, replaced by each recorded run. */
const HEADING = '## API latency';

interface Result {
  scenario: string;
  path: 'API (HTTP + GraphQL)' | 'raw driver' | typeof EXECUTE_QUERY;
  requests: number;
  p50: number;
  p99: number;
  perSecond: number;
}

function readArguments() {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '100000' },
      seed: { type: 'string', default: 'bench' },
      reuse: { type: 'string' },
      clients: { type: 'string', default: '50' },
      requests: { type: 'string', default: '1000' },
      'no-record': { type: 'boolean', default: false },
    },
  });
  return {
    customers: Number(values.customers),
    seed: values.seed ?? 'bench',
    reuse: values.reuse,
    clients: Number(values.clients),
    requests: Number(values.requests),
    record: !values['no-record'],
  };
}

async function ecosystem(customers: number, seed: string, reuse: string | undefined) {
  if (reuse) {
    return { dir: reuse, manifest: JSON.parse(readFileSync(path.join(reuse, MANIFEST_FILE), 'utf8')) as Manifest };
  }
  const dir = path.join(PROJECT_ROOT, 'bench', 'out', `api-${customers}-${seed}`);
  if (!existsSync(path.join(dir, MANIFEST_FILE))) {
    log(`Generating ${count(customers)} customers into ${path.relative(PROJECT_ROOT, dir)}`);
    await generateEcosystem({ customers, seed, out: dir, violationRate: DEFAULT_VIOLATION_RATE, asOf: DEFAULT_AS_OF });
  }
  return { dir, manifest: JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest };
}

/** A statement of cypher/api as the API runs it for an unscoped caller: its shorthand expanded without the scope
 * tests, `$scope` null. */
function apiCypher(file: string): string {
  return apiStatement(cypher(file), false);
}

/** The network as the API's data layer builds it (server/api/data/network.ts: the same statements, hop by hop) and
 * the violation flags of its nodes, run in this process with no HTTP, authentication or GraphQL around them. */
async function rawNetwork(context: ApiContext, rootId: string): Promise<void> {
  const network = await buildNetwork(context, { rootId, depth: 2, limit: NETWORK_LIMIT });
  await context.executor.read(apiCypher('api/entities/violations.cypher'), {
    refs: network.nodes.map((node) => ({ kind: node.kind, id: node.id })),
    scope: null,
  });
}

/** Runs one read statement and gives its rows as plain values. */
type ReadStatement = (text: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** The API's findings Cypher, as server/api/data/findings.ts runs it: the counts, the page by severity, the rows. */
async function rawFindings(read: ReadStatement, skip: number): Promise<void> {
  const filter = {
    runId: null,
    ruleIds: null,
    severities: null,
    regions: null,
    partnerIds: null,
    statuses: ['open', 'acknowledged'],
    entityIds: null,
    entityKind: null,
    scope: null,
  };
  const rows = await read(apiCypher('api/findings/search.cypher'), filter);
  const [summary] = checkRows(searchSummary, rows, 'api/findings/search.cypher');
  const combinations = summary?.combinations ?? [];
  const keys: string[] = [];
  for (const bucket of severityBuckets(combinations, { skip, limit: FINDINGS_PAGE })) {
    const page = await read(apiCypher('api/findings/page.cypher'), {
      ...filter,
      severity: bucket.severity,
      skip: neo4j.int(bucket.skip),
      limit: neo4j.int(bucket.limit),
    });
    keys.push(...page.map((row) => row.key as string));
  }
  await read(apiCypher('api/findings/by-key.cypher'), { keys, scope: null });
}

const NETWORK_QUERY = `query N($rootId: ID!) {
  network(rootId: $rootId, depth: 2, limit: ${NETWORK_LIMIT}) {
    truncated omittedNodes omittedEdges
    nodes { key kind name roles region cloud violations { openFindings maxSeverity } }
    edges { key type from to active }
  }
}`;

const FINDINGS_QUERY = `query F($after: String) {
  findings(first: ${FINDINGS_PAGE}, after: $after, filter: { statuses: [OPEN, ACKNOWLEDGED] }) {
    totalCount
    edges { node { key ruleId severity region message status } }
    facets { rules { value count } severities { value count } regions { value count } }
  }
}`;

function report(results: Result[], context: Record<string, string>): string {
  const rows = results.map(
    (r) =>
      `| ${r.scenario} | ${r.path} | ${count(r.requests)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.perSecond.toFixed(0)} |`,
  );
  const ratio = (scenario: string, field: 'p50' | 'perSecond', baseline: Result['path'] = 'raw driver') => {
    const api = results.find((r) => r.scenario === scenario && r.path === 'API (HTTP + GraphQL)');
    const raw = results.find((r) => r.scenario === scenario && r.path === baseline);
    return api && raw ? (api[field] / raw[field]).toFixed(2) : 'n/a';
  };
  return [
    HEADING,
    '',
    `\`npx tsx bench/api-latency.ts --customers ${context.customers}\` (${count(Number(context.customers))} customers loaded;`,
    'with NEO4J_URI set to a copy of a loaded and scanned store, the graph is used as it is):',
    `${context.clients} concurrent clients, each`,
    'request waiting for the previous one of its client; `network` at depth 2 (at most',
    `${NETWORK_LIMIT} nodes) from ${ROOTS} partner accounts (the one with the most relationships and random others), and`,
    `\`findings\` pages of ${FINDINGS_PAGE} open`,
    'findings with facets. The API rows go through HTTP, authentication, GraphQL and the loaders, their clients in a',
    "worker thread (as a browser's work is not the server's); the raw driver rows run the same Cypher the way the data",
    "layer runs it (the executor's reads) in the benchmark's own thread with the same pool, so the difference is the",
    "API's own cost. The findings statements also run through the driver's executeQuery, in a row of their own.",
    `Measured on ${context.date} against ${context.server} (${context.records} records, ${context.findings} recorded`,
    `findings; load average ${context.load} from other work on the 2 cores).`,
    '',
    '| scenario | path | requests | p50 (ms) | p99 (ms) | requests/s |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `API over raw driver: network p50 x${ratio('network (depth 2)', 'p50')}, throughput x${ratio('network (depth 2)', 'perSecond')};`,
    `findings p50 x${ratio('findings', 'p50')}, throughput x${ratio('findings', 'perSecond')}.`,
    `Findings: API over executeQuery, throughput x${ratio('findings', 'perSecond', EXECUTE_QUERY)}.`,
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const args = readArguments();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const settings = readSettings({ ...BENCH_DEFAULTS, ...process.env });
  let connection: RemoteNeo4jSettings;
  let stopNeo4j = async () => {};
  let closeApi = async () => {};
  let server = '';
  if (settings.remote) {
    connection = settings.remote;
    server = `NEO4J_URI's server`;
  } else {
    log(`Starting a throwaway Neo4j (heap ${settings.local.heap})`);
    const throwaway = await startThrowawayNeo4j(settings.local, log);
    const { pid: _pid, startedAt: _startedAt, ...rest } = throwaway.state;
    connection = rest;
    stopNeo4j = () => throwaway.stop();
    server = `a throwaway local Neo4j (heap ${settings.local.heap}, page cache ${settings.local.pageCacheMb} MB)`;
  }
  const executor: Executor = createExecutor(connection, { queryTimeoutMs: settings.queryTimeoutMs, maxPoolSize: 100 });
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxConnectionPoolSize: 100,
  });
  try {
    await prepareDatabase(executor);
    const [{ customers } = { customers: 0 }] = await readRows(
      executor,
      z.object({ customers: z.number() }),
      'MATCH (c:Customer) RETURN count(c) AS customers',
    );
    let asOf = DEFAULT_AS_OF;
    if (customers === 0) {
      const { dir, manifest } = await ecosystem(args.customers, args.seed, args.reuse);
      asOf = manifest.asOf;
      log(`Importing ${path.join(dir, manifest.data)}`);
      await importPath(executor, path.join(dir, manifest.data));
      log('Scanning and recording the findings');
      await recordScan(executor, await runScan(executor, loadCatalog(), { asOf }));
    }
    const [{ records, findings, loaded } = { records: 0, findings: 0, loaded: 0 }] = await readRows(
      executor,
      z.object({ records: z.number(), findings: z.number(), loaded: z.number() }),
      `MATCH (n) WITH count(n) AS records
       MATCH (c:Customer) WITH records, count(c) AS loaded
       OPTIONAL MATCH (f:Finding) RETURN records, loaded, count(f) AS findings`,
    );
    // Random partner accounts, and the one with the most relationships (the hardest neighbourhood to draw).
    const [largest] = await readRows(
      executor,
      z.object({ id: z.string() }),
      'MATCH (p:Partner) RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC LIMIT 1',
    );
    const roots = [
      ...(largest ? [largest.id] : []),
      ...(
        await readRows(
          executor,
          z.object({ id: z.string() }),
          `MATCH (p:Partner) RETURN p.id AS id ORDER BY rand() LIMIT ${ROOTS - 1}`,
        )
      ).map((row) => row.id),
    ];
    const { secret } = await createApiKey(executor, { name: 'benchmark', role: 'viewer', createdBy: 'bench' });
    const api = await startApiServer({
      executor,
      port: 0,
      host: '127.0.0.1',
      // One key and one address make every request here: the load is the point, so the rate limits stand aside.
      settings: {
        mode: 'production',
        rateLimits: { ...DEFAULT_RATE_LIMITS, perKeyPerMinute: 10_000_000, perAddressPerMinute: 10_000_000 },
      },
      logger: { write: () => {} },
    });
    closeApi = () => api.close();
    /** The API's side: clients in a worker thread post the requests, so this process's event loop only serves. */
    const overHttp = (bodies: string[], warmUp: number) =>
      new Promise<LoadFigures>((resolve, reject) => {
        const job: HttpClientsJob = {
          url: api.url,
          secret,
          clients: args.clients,
          warmUp,
          total: args.requests,
          bodies,
        };
        // The worker is TypeScript too: it registers tsx's loader, then imports its module (a worker's execArgv cannot
        // carry --import).
        const entry = new URL('./http-clients.worker.ts', import.meta.url).href;
        const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
        const worker = new Worker(boot, { eval: true, workerData: job });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`the HTTP clients stopped with exit code ${code}`));
        });
      });
    const cursor = (offset: number) => (offset === 0 ? null : Buffer.from(`o:${offset - 1}`).toString('base64url'));
    const pages = Math.max(1, Math.floor(Math.min(findings, 5000) / FINDINGS_PAGE));
    const results: Result[] = [];
    const warmUp = Math.min(100, args.requests);
    const viaApi = async (scenario: string, bodies: string[]) => {
      log(`${scenario} via the API: ${args.requests} requests from ${args.clients} clients`);
      results.push({ scenario, path: 'API (HTTP + GraphQL)', ...(await overHttp(bodies, warmUp)) });
    };
    const viaDriver = async (
      scenario: string,
      call: (i: number) => Promise<void>,
      pathName: 'raw driver' | typeof EXECUTE_QUERY = 'raw driver',
    ) => {
      await closedLoop(args.clients, warmUp, call);
      log(`${scenario} via the ${pathName}: ${args.requests} requests from ${args.clients} clients`);
      results.push({ scenario, path: pathName, ...(await closedLoop(args.clients, args.requests, call)) });
    };
    const root = (i: number) => roots[i % roots.length] as string;
    await viaApi(
      'network (depth 2)',
      roots.map((rootId) => JSON.stringify({ query: NETWORK_QUERY, variables: { rootId } })),
    );
    const direct = commandLineContext(executor, loadCatalog());
    await viaDriver('network (depth 2)', (i) => rawNetwork(direct, root(i)));
    await viaApi(
      'findings',
      Array.from({ length: pages }, (_, page) =>
        JSON.stringify({ query: FINDINGS_QUERY, variables: { after: cursor(page * FINDINGS_PAGE) } }),
      ),
    );
    await viaDriver('findings', (i) => rawFindings(executor.read, (i % pages) * FINDINGS_PAGE));
    const options = { database: connection.database, routing: neo4j.routing.READ, bookmarkManager: null };
    const executeQuery: ReadStatement = async (text, params) =>
      (await driver.executeQuery(text, params, options)).records.map(recordToPlain);
    await viaDriver('findings', (i) => rawFindings(executeQuery, (i % pages) * FINDINGS_PAGE), EXECUTE_QUERY);
    await closeApi();
    closeApi = async () => {};

    const markdown = report(results, {
      customers: String(loaded),
      clients: String(args.clients),
      date: todayIso(),
      server,
      records: count(records),
      findings: count(findings),
      load: `${loadAtStart.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`,
    });
    process.stdout.write(markdown);
    if (!args.record) return 0;
    const of = (scenario: string, pathName: Result['path']) => {
      const found = results.find((r) => r.scenario === scenario && r.path === pathName);
      if (!found) throw new Error(`No result for ${scenario} via ${pathName}`);
      return found;
    };
    const network = of('network (depth 2)', 'API (HTTP + GraphQL)');
    const findingsApi = of('findings', 'API (HTTP + GraphQL)');
    const suffix = args.customers === 100_000 ? '_100k' : `_${args.customers}`;
    recordResults('api-latency', `npx tsx bench/api-latency.ts ${process.argv.slice(2).join(' ')}`.trim(), {
      [`network_p50_ms${suffix}`]: round(network.p50),
      [`network_p99_ms${suffix}`]: round(network.p99),
      network_api_over_raw_throughput: round(network.perSecond / of('network (depth 2)', 'raw driver').perSecond),
      [`findings_p99_ms${suffix}`]: round(findingsApi.p99),
      findings_api_over_raw_throughput: round(findingsApi.perSecond / of('findings', 'raw driver').perSecond),
    });
    writeFileSync(BENCHMARKS_DOC, withSection(readFileSync(BENCHMARKS_DOC, 'utf8'), HEADING, markdown));
    return 0;
  } finally {
    await closeApi();
    await driver.close();
    await executor.close();
    await stopNeo4j();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
