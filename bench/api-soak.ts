// A bounded soak of the GraphQL API: many clients on loopback for a fixed time, with the local Neo4j stopped and
// started again in the middle. Reports errors outside the outage, how long the API took to answer again once Neo4j
// was back (restart_recovery_s), and this process's memory at the start and the end.
// Usage: npx tsx bench/api-soak.ts [--clients 100] [--minutes 10] [--outage-s 10] [--no-record]
//   Neo4j: the local one of NEO4J_LOCAL_DIR / NEO4J_LOCAL_PORT (started if it is not running), already loaded and
//   scanned; the soak stops and starts it, so point it at a copy, never at a shared store.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApiKey } from '../server/api/auth/api-keys';
import { startApiServer } from '../server/api/index';
import { DEFAULT_RATE_LIMITS } from '../server/api/settings';
import { PROJECT_ROOT, readSettings } from '../server/config';
import { readRows } from '../server/db/checked-rows';
import { connect } from '../server/db/connect';
import { startLocalNeo4j, stopLocalNeo4j } from '../server/db/local-neo4j';
import { todayIso } from '../server/shared/dates';
import { count, log, mib } from './measure';
import { recordResults, withSection } from './results';

const BENCHMARKS_DOC = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');
/** This benchmark's section of docs/benchmarks.md, replaced by each recorded run. */
const HEADING = '## API soak with a Neo4j restart';
const ROOTS = 200;

const QUERIES = {
  network: `query N($id: ID!) { network(rootId: $id, depth: 2, limit: 300) {
    truncated nodes { key kind name violations { openFindings } } edges { key type from to active } } }`,
  findings: `query F { findings(first: 50, filter: { statuses: [OPEN, ACKNOWLEDGED] }) {
    totalCount edges { node { key ruleId severity message } } facets { severities { value count } } } }`,
  partner: `query P($id: ID!) { partner(id: $id) { name roles region { name } customers(first: 20) { totalCount } } }`,
};

interface Outcome {
  started: number;
  ended: number;
  ok: boolean;
  /** HTTP status, 0 when the request itself failed. */
  status: number;
  /** The first GraphQL error's code, or the name of the error that ended the request. */
  code?: string;
}

/** The clients go on at least this long after Neo4j is back, however long it took to start. */
const AFTER_RETURN_MS = 60_000;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '100' },
      minutes: { type: 'string', default: '10' },
      'outage-s': { type: 'string', default: '10' },
      'no-record': { type: 'boolean', default: false },
    },
  });
  const clients = Number(values.clients);
  const durationMs = Number(values.minutes) * 60_000;
  const outageMs = Number(values['outage-s']) * 1000;
  const settings = readSettings();
  if (settings.remote) throw new Error('The soak restarts the local Neo4j: unset NEO4J_URI');
  const { executor } = await connect(settings, { startLocal: true, log });
  const roots = (
    await readRows(
      executor,
      z.object({ id: z.string() }),
      `MATCH (p:Partner) RETURN p.id AS id ORDER BY rand() LIMIT ${ROOTS}`,
    )
  ).map((row) => row.id);
  const { secret } = await createApiKey(executor, { name: 'soak', role: 'viewer', createdBy: 'bench' });
  const api = await startApiServer({
    executor,
    port: 0,
    host: '127.0.0.1',
    settings: {
      mode: 'production',
      rateLimits: { ...DEFAULT_RATE_LIMITS, perKeyPerMinute: 10_000_000, perAddressPerMinute: 10_000_000 },
    },
    // SOAK_LOG=FILE keeps the API's error lines (masked faults with their cause) for a look afterwards.
    logger: {
      write: (entry) => {
        if (process.env.SOAK_LOG && entry.level === 'error')
          appendFileSync(process.env.SOAK_LOG, `${JSON.stringify(entry)}\n`);
      },
    },
  });
  const outcomes: Outcome[] = [];
  const call = async (index: number) => {
    const kind = (['network', 'findings', 'partner'] as const)[index % 3] ?? 'partner';
    const started = performance.now();
    let ok = false;
    let status = 0;
    let code: string | undefined;
    try {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query: QUERIES[kind],
          variables: kind === 'findings' ? {} : { id: roots[index % roots.length] },
        }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      status = response.status;
      ok = status === 200 && !body.errors;
      code = body.errors?.[0]?.extensions?.code;
    } catch (error) {
      ok = false;
      code = (error as Error).name;
    }
    outcomes.push({ started, ended: performance.now(), ok, status, code });
  };

  const begin = performance.now();
  const rssAtStart = process.memoryUsage().rss;
  const heapAtStart = process.memoryUsage().heapUsed;
  let index = 0;
  let deadline = begin + durationMs;
  let back = false;
  const loops = Array.from({ length: clients }, async () => {
    while (!back || performance.now() < deadline) {
      index += 1;
      await call(index);
      // A failed call returns at once during an outage; a short pause keeps the clients from spinning.
      if (outcomes.at(-1)?.ok === false) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  await new Promise((resolve) => setTimeout(resolve, durationMs / 2));
  log('Stopping the local Neo4j');
  const outageStart = performance.now();
  await stopLocalNeo4j(settings.local.dir);
  await new Promise((resolve) => setTimeout(resolve, outageMs));
  log('Starting the local Neo4j again');
  await startLocalNeo4j(settings.local, log);
  const neo4jBack = performance.now();
  deadline = Math.max(deadline, neo4jBack + AFTER_RETURN_MS);
  back = true;
  log('Neo4j answers again');
  await Promise.all(loops);
  const rssAtEnd = process.memoryUsage().rss;
  const heapAtEnd = process.memoryUsage().heapUsed;
  await api.close();
  await executor.close();

  // The API is back when it first answers a request successfully after Neo4j is back; the outage ends there.
  const firstGood = outcomes.filter((o) => o.ok && o.ended >= neo4jBack).sort((a, b) => a.ended - b.ended)[0];
  const recovered = firstGood?.ended ?? Number.POSITIVE_INFINITY;
  const outside = outcomes.filter((o) => !o.ok && (o.ended < outageStart || o.started > recovered));
  const during = outcomes.filter((o) => !o.ok && !(o.ended < outageStart || o.started > recovered));
  const not503 = during.filter((o) => o.status !== 503).length;
  // What the answers other than 503 were: HTTP status and the first error's code.
  const others = new Map<string, number>();
  for (const o of during.filter((o) => o.status !== 503)) {
    const kind = `${o.status} ${o.code ?? ''}`.trim();
    others.set(kind, (others.get(kind) ?? 0) + 1);
  }
  const otherText = [...others].map(([kind, n]) => `${count(n)} × ${kind}`).join(', ');
  // Requests sent while Neo4j was starting may wait for it: the slowest answer of the outage shows how long.
  const slowestS = Math.max(0, ...during.map((o) => o.ended - o.started)) / 1000;
  const figures = {
    restart_recovery_s: Math.round(((recovered - neo4jBack) / 1000) * 100) / 100,
    soak_requests: outcomes.length,
    soak_errors_outside_outage: outside.length,
    soak_errors_during_outage: during.length,
    soak_errors_during_outage_not_503: not503,
    soak_slowest_outage_answer_s: Math.round(slowestS * 10) / 10,
    soak_outage_s: Math.round(((recovered - outageStart) / 1000) * 10) / 10,
    soak_rss_mib_start: Math.round(rssAtStart / 2 ** 20),
    soak_rss_mib_end: Math.round(rssAtEnd / 2 ** 20),
  };
  const markdown = [
    HEADING,
    '',
    `\`npx tsx bench/api-soak.ts --clients ${clients} --minutes ${values.minutes}\`: ${clients} clients on`,
    `loopback for ${values.minutes} minutes (network depth 2 limit 300, findings pages, partner look-ups in turn) against`,
    `the local Neo4j of NEO4J_LOCAL_DIR; halfway, Neo4j is stopped for ${values['outage-s']} s and started again, the API kept running`,
    '(the clients go on for at least a minute after Neo4j is back).',
    `Measured on ${todayIso()}.`,
    '',
    '| figure | value |',
    '|---|---|',
    `| requests | ${count(outcomes.length)} |`,
    `| errors before the stop or after the API answered again | ${outside.length} |`,
    `| errors during the outage | ${count(during.length)} (${count(not503)} of them not a 503${not503 > 0 ? `: ${otherText}` : ''}) |`,
    `| slowest failed answer during the outage | ${figures.soak_slowest_outage_answer_s} s |`,
    `| from Neo4j back to the API answering (restart_recovery_s) | ${figures.restart_recovery_s} s |`,
    `| whole outage seen by clients | ${figures.soak_outage_s} s |`,
    `| memory of the process (API and clients): resident at start / end | ${mib(rssAtStart)} / ${mib(rssAtEnd)} |`,
    `| JavaScript heap used at start / end | ${mib(heapAtStart)} / ${mib(heapAtEnd)} |`,
    '',
  ].join('\n');
  process.stdout.write(markdown);
  if (values['no-record']) return 0;
  const command = `npx tsx bench/api-soak.ts ${process.argv.slice(2).join(' ')}`.trim();
  recordResults('api-soak', command, figures);
  recordResults('api-latency', command, { restart_recovery_s: figures.restart_recovery_s });
  writeFileSync(BENCHMARKS_DOC, withSection(readFileSync(BENCHMARKS_DOC, 'utf8'), HEADING, markdown));
  return 0;
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
