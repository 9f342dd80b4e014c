// The daily loop at scale, end to end through the CLI as a cron job runs it: a day's export as a snapshot (1% of the
// records changed or new, and the organizations whose open relationships and subscriptions make 0.5% of the records
// named with none of them, so the snapshot ends them), `./csp import --snapshot`, then `./csp scan --notify` (an
// incremental scan after the previous day's recorded run) delivering to a webhook receiver on 127.0.0.1.
// The day's changes follow the graph's own records, with violations at the generator's default rate (`--mix
// plausible`, the default); `--mix random` draws every change at random, as the scan's tests do, so that most of them
// are violations. Writes daily_delta_<label>_s (plausible) or daily_delta_random_<label>_s to bench/results/import.json.
// Usage: NEO4J_LOCAL_DIR=DIR NEO4J_LOCAL_PORT=N npx tsx bench/daily-delta.ts --label 1m [--as-of DATE] [--mix M]
//        [--warm]
//   DIR: a copy of an imported store (the run changes it). Without a recorded scan as of the day before, one is
//   recorded first (not timed: it is the previous day's). --warm: first, untimed, read the whole store once, plan
//   the rules' statements and run the previous day as the product ran it (a day's snapshot of the same size,
//   `import --snapshot` and `scan`, as of the day before), as a running product leaves its database: `./csp start`
//   plans the statements as it starts, and the database ran yesterday's import and scan. Without it, the first reads
//   after Neo4j started come from disk, every statement is planned on its first run, and Neo4j's JVM compiles the
//   code of the import's writes and of the rules as they first run (docs/benchmarks.md, Daily delta).
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PROJECT_ROOT, readSettings } from '../server/config';
import { readRows } from '../server/db/checked-rows';
import { connect } from '../server/db/connect';
import { cypherInt, type Executor } from '../server/db/executor';
import { CHANGE_KINDS, randomChanges } from '../server/generate/random-changes';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../server/generate/shape';
import { loadCatalog } from '../server/rules/catalog';
import { warmRulePlans } from '../server/rules/warm-plans';
import { day, formatDay } from '../server/shared/dates';
import { count, log, readStoreOnce } from './measure';
import { recordResults } from './results';

const MIXES = ['plausible', 'random'] as const;
const CHANGED_SHARE = 0.01;
const ENDED_SHARE = 0.005;
const SECRET_ENV = 'CSP_BENCH_WEBHOOK_SECRET';

/** The records an export holds: entities and the relationships imported as records. */
async function recordCount(executor: Executor): Promise<number> {
  const [row] = await readRows(
    executor,
    z.object({ n: z.number() }),
    `RETURN COUNT { (:Partner) } + COUNT { (:Customer) } + COUNT { (:Tenant) } + COUNT { (:Organization) } +
            COUNT { (:Subscription) } + COUNT { ()-[:SUPPLIES]->() } + COUNT { ()-[:SELLS_TO]->() } +
            COUNT { ()-[:MANAGES]->() } + COUNT { ()-[:OWNS]->() } AS n`,
  );
  return Number(row?.n ?? 0);
}

/** Customer organizations, from the point `from` of their id index on, until their open relationships and
 * subscriptions reach `wanted`: the snapshot names them and holds none of those, so it ends them all. */
async function organizationsToEnd(executor: Executor, wanted: number, asOf: string, from: string) {
  const rows = await readRows(
    executor,
    z.object({ id: z.string(), name: z.string(), country: z.string(), open: z.number() }),
    `MATCH (o:Organization) WHERE o.id >= $from AND EXISTS { (o)<-[:ACCOUNT_OF]-(:Customer) }
       AND NOT EXISTS { (o)<-[:ACCOUNT_OF]-(:Partner) }
     WITH o ORDER BY o.id LIMIT $limit
     RETURN o.id AS id, o.name AS name, o.country AS country,
            COUNT { (o)<-[:ACCOUNT_OF]-(:Customer)<-[r:SELLS_TO|MANAGES]-() WHERE r.until IS NULL OR r.until > date($asOf) } +
            COUNT { (o)<-[:ACCOUNT_OF]-(:Customer)<-[:FOR]-(s:Subscription) WHERE s.until IS NULL } AS open`,
    { from, limit: cypherInt(Math.ceil(wanted)), asOf },
  );
  const chosen: { id: string; name: string; country: string }[] = [];
  let open = 0;
  for (const row of rows) {
    if (open >= wanted) break;
    chosen.push({ id: row.id, name: row.name, country: row.country });
    open += Number(row.open);
  }
  return { organizations: chosen, open };
}

/** A day's export as of `asOf`: new sales, management links, supplies, subscriptions and ownerships, moved tenants
 * and customers (CHANGED_SHARE of the records); relationships end through the snapshot (organizations from
 * `endFrom` on whose open relationships and subscriptions make ENDED_SHARE of the records). */
async function drawDay(
  executor: Executor,
  options: { seed: string; asOf: string; records: number; mix: (typeof MIXES)[number]; endFrom: string },
) {
  // Partners' own records (agreement dates, roles) change rarely from one day to the next, so they are left out: at
  // 1% a day they plant a violation for tens of thousands of accounts at once.
  const kinds = CHANGE_KINDS.filter(
    (kind) => !kind.startsWith('end-') && kind !== 'partner-dates' && kind !== 'partner-roles',
  );
  const delta = await randomChanges(executor, {
    seed: options.seed,
    count: Math.round(options.records * CHANGED_SHARE),
    asOf: options.asOf,
    kinds,
    ...(options.mix === 'plausible' ? { plausible: { violationRate: DEFAULT_VIOLATION_RATE } } : {}),
  });
  const ending = await organizationsToEnd(executor, options.records * ENDED_SHARE, options.asOf, options.endFrom);
  return {
    document: { ...delta.document, organizations: ending.organizations },
    changed: delta.changes.length,
    toEnd: ending.open,
  };
}

/** A webhook receiver that checks each delivery's signature. */
async function receiver(secret: string) {
  const deliveries: { valid: boolean; newFindings: number; resolved: number }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const expected = `sha256=${createHmac('sha256', secret).update(`${request.headers['x-csp-timestamp']}.${body}`).digest('hex')}`;
      const payload = JSON.parse(body) as { new?: unknown[]; resolved?: unknown[] };
      deliveries.push({
        valid: request.headers['x-csp-signature'] === expected,
        newFindings: payload.new?.length ?? 0,
        resolved: payload.resolved?.length ?? 0,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/csp`, deliveries, server };
}

/** Runs the CLI as a cron job would; asynchronously, so the webhook receiver in this process can answer. */
async function csp(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; stderr: string }> {
  const started = performance.now();
  const child = spawn(path.join(PROJECT_ROOT, 'csp'), args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  if (status !== 0) throw new Error(`./csp ${args.join(' ')} exited ${status}: ${stderr.slice(-2000)}`);
  return { ms, stderr };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      label: { type: 'string' },
      'as-of': { type: 'string' },
      mix: { type: 'string', default: 'plausible' },
      warm: { type: 'boolean', default: false },
    },
  });
  if (!values.label) throw new Error('Give --label (e.g. 1m): it names the figure in bench/results/import.json');
  const mix = MIXES.find((m) => m === values.mix);
  if (!mix) throw new Error(`--mix must be one of ${MIXES.join(', ')}, got '${values.mix}'`);
  const yesterday = values['as-of'] ?? DEFAULT_AS_OF;
  const today = formatDay(day(yesterday) + 1);
  const loadAtStart = os.loadavg()[0] ?? 0;
  const outDir = path.join(PROJECT_ROOT, 'bench', 'out', `daily-delta-${values.label}`);
  mkdirSync(outDir, { recursive: true });
  // A key of this run only: the receiver below is the webhook, and nothing else ever sees it.
  const secret = randomBytes(32).toString('hex');
  const env = { ...process.env, CSP_PROGRESS: 'off', [SECRET_ENV]: secret };

  const { executor, where } = await connect(readSettings(), { startLocal: false });
  let document: Record<string, unknown>;
  let changed = 0;
  let toEnd = 0;
  let records = 0;
  try {
    const [previous] = await readRows(
      executor,
      z.object({ n: z.number() }),
      'MATCH (r:ScanRun {asOf: date($asOf)}) RETURN count(r) AS n',
      { asOf: yesterday },
    );
    if (Number(previous?.n ?? 0) === 0) {
      log(`recording the previous day's scan (as of ${yesterday}) first; not timed`);
      await csp(['scan', '--as-of', yesterday, '--out', path.join(outDir, 'yesterday.json')], env);
    }
    if (values.warm) {
      log(`read the whole store once in ${((await readStoreOnce(executor)) / 1000).toFixed(1)} s`);
      // As `./csp start` has the database plan them when the product starts.
      const planned = await warmRulePlans(executor, loadCatalog());
      log(`planned the ${planned.statements} statements of the rules in ${(planned.ms / 1000).toFixed(1)} s`);
      // The day before, as the product ran it on the same database.
      const before = await drawDay(executor, {
        seed: `daily-${values.label}-previous`,
        asOf: yesterday,
        records: await recordCount(executor),
        mix,
        endFrom: '2',
      });
      const previousFile = path.join(outDir, 'previous-day.json');
      writeFileSync(previousFile, JSON.stringify(before.document));
      const imported = await csp(['import', previousFile, '--snapshot', '--as-of', yesterday], env);
      const scanned = await csp(
        ['scan', '--as-of', yesterday, '--out', path.join(outDir, 'previous-day-report.json')],
        env,
      );
      log(
        `ran the previous day (${count(before.changed)} changed or new records, ${count(before.toEnd)} ended): import --snapshot ${(imported.ms / 1000).toFixed(1)} s, scan ${(scanned.ms / 1000).toFixed(1)} s`,
      );
    }
    records = await recordCount(executor);
    log(`${count(records)} records in ${where}; drawing the delta (${mix})`);
    const delta = await drawDay(executor, { seed: `daily-${values.label}`, asOf: today, records, mix, endFrom: '4' });
    changed = delta.changed;
    toEnd = delta.toEnd;
    document = delta.document;
  } finally {
    await executor.close();
  }
  const file = path.join(outDir, 'delta.json');
  writeFileSync(file, JSON.stringify(document));
  log(
    `delta: ${count(changed)} changed or new records, ${count(toEnd)} open records to end; ${path.relative(PROJECT_ROOT, file)}`,
  );

  const hook = await receiver(secret);
  const hooksFile = path.join(outDir, 'webhooks.json');
  writeFileSync(
    hooksFile,
    JSON.stringify([{ name: 'bench', url: hook.url, secretEnv: SECRET_ENV, minSeverity: 'low' }]),
  );
  try {
    const imported = await csp(['import', file, '--snapshot', '--as-of', today], env);
    log(`import --snapshot: ${count(imported.ms)} ms`);
    const scanned = await csp(['scan', '--as-of', today, '--notify', '--out', path.join(outDir, 'today.json')], {
      ...env,
      CSP_WEBHOOKS_FILE: hooksFile,
    });
    log(`scan --notify: ${count(scanned.ms)} ms`);
    const how = /(Incremental|Full) scan[^\n]*/.exec(scanned.stderr)?.[0] ?? 'scan kind not reported';
    // Where the scan's time went, as the CLI says it.
    for (const line of scanned.stderr.match(/^(Took|Run|Ran) [^\n]*/gm) ?? []) log(`  ${line}`);
    const valid = hook.deliveries.filter((delivery) => delivery.valid).length;
    if (valid === 0) throw new Error('The webhook received no signed delivery');
    const total = (imported.ms + scanned.ms) / 1000;
    const figure = mix === 'plausible' ? `daily_delta_${values.label}_s` : `daily_delta_random_${values.label}_s`;
    const command = `npx tsx bench/daily-delta.ts --label ${values.label}${mix === 'plausible' ? '' : ' --mix random'}${values.warm ? ' --warm' : ''}`;
    const results = recordResults('import', command, {
      [figure]: Number(total.toFixed(1)),
    });
    process.stdout.write(
      [
        `- Command: \`${command}\` on ${where}, run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        `- Machine: ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, shared; load average ${loadAtStart.toFixed(1)} at the start and ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`,
        `- Store: ${count(records)} records; delta: ${count(changed)} records changed or new (${((100 * changed) / records).toFixed(2)}%), ${count(toEnd)} open records ended by the snapshot (${((100 * toEnd) / records).toFixed(2)}%)`,
        `- import --snapshot ${(imported.ms / 1000).toFixed(1)} s; scan --notify ${(scanned.ms / 1000).toFixed(1)} s (${how.trim()}); ${valid} signed deliveries (${hook.deliveries.reduce((n, d) => n + d.newFindings, 0)} new, ${hook.deliveries.reduce((n, d) => n + d.resolved, 0)} resolved findings)`,
        `- End to end: ${total.toFixed(1)} s (${figure} in ${path.relative(PROJECT_ROOT, results)})`,
        '',
      ].join('\n'),
    );
  } finally {
    hook.server.close();
  }
}

await main();
