// Benchmarks the rule catalog on a generated ecosystem: the Cypher scan (best time of each rule, db hits) against the
// same rules evaluated in TypeScript over the graph read out of Neo4j (bench/baseline/); appends the results to
// docs/benchmarks.md under "Scan at N customers".
// Usage: npx tsx bench/scan-benchmark.ts --customers N [--seed S] [--reuse DIR]
//   --reuse DIR   a folder written by `./csp generate` with N customers (else bench/out/scan-N-S is generated)
//   Neo4j: NEO4J_URI's server, whose graph must be empty, or else a throwaway local one with NEO4J_LOCAL_HEAP
//   (default here 8g) and NEO4J_LOCAL_PAGECACHE_MB (default here 2048). At 1,000,000 customers the baseline holds the
//   whole graph in this process: docs/benchmarks.md's run gave it NODE_OPTIONS=--max-old-space-size=10240.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { z } from 'zod';
import { PROJECT_ROOT, readSettings, type Settings } from '../server/config';
import { readRows } from '../server/db/checked-rows';
import { createExecutor, type Executor } from '../server/db/executor';
import { startThrowawayNeo4j } from '../server/db/local-neo4j';
import {
  GROUND_TRUTH_FILE,
  generateEcosystem,
  MANIFEST_FILE,
  type Manifest,
} from '../server/generate/generate-ecosystem';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../server/generate/shape';
import { importPath } from '../server/import/import-path';
import { importProgressBar } from '../server/import/import-progress-bar';
import { prepareDatabase } from '../server/prepare-database';
import { loadCatalog, type RuleDefinition } from '../server/rules/catalog';
import { findingKey } from '../server/scan/finding';
import { compareWithGroundTruth, type GroundTruthComparison, readGroundTruth } from '../server/scan/ground-truth-check';
import { runScan } from '../server/scan/run-scan';
import { createProgress } from '../server/shared/progress';
import { type BaselineRuleResult, evaluateRules } from './baseline/evaluate-rules';
import { readGraph, warmUpReads } from './baseline/read-graph';
import { count, log, mib, PeakRss, RSS_SAMPLE_MS } from './measure';

const TIMED_RUNS = 3;
const BENCHMARKS_DOC = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');
/** The bigger Neo4j a benchmark needs, unless the environment says otherwise; rules may run for minutes. */
const BENCH_DEFAULTS = { NEO4J_LOCAL_HEAP: '8g', NEO4J_LOCAL_PAGECACHE_MB: '2048', NEO4J_QUERY_TIMEOUT_MS: '3600000' };

/** Milliseconds, rounded, as a count. */
const ms = count;

function sumDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

function readArguments(): { customers: number; seed: string; reuse: string | undefined } {
  const { values } = parseArgs({
    options: { customers: { type: 'string' }, seed: { type: 'string' }, reuse: { type: 'string' } },
  });
  const customers = Number(values.customers?.replaceAll('_', ''));
  if (!Number.isSafeInteger(customers) || customers < 1) {
    throw new Error('usage: npx tsx bench/scan-benchmark.ts --customers N [--seed S] [--reuse DIR]');
  }
  return { customers, seed: values.seed ?? 'bench', reuse: values.reuse };
}

/** The ecosystem to scan: the reused folder, or a new one generated into bench/out/. */
async function ecosystem(customers: number, seed: string, reuse: string | undefined) {
  if (reuse) {
    const manifest = JSON.parse(readFileSync(path.join(reuse, MANIFEST_FILE), 'utf8')) as Manifest;
    if (manifest.arguments.customers !== customers) {
      throw new Error(`${reuse} holds ${count(manifest.arguments.customers)} customers, not ${count(customers)}`);
    }
    return { dir: reuse, manifest };
  }
  const dir = path.join(PROJECT_ROOT, 'bench', 'out', `scan-${customers}-${seed}`);
  log(`Generating ${count(customers)} customers into ${path.relative(PROJECT_ROOT, dir)}`);
  const progress = createProgress('Generating customers', customers);
  const manifest = await generateEcosystem(
    { customers, seed, out: dir, violationRate: DEFAULT_VIOLATION_RATE, asOf: DEFAULT_AS_OF },
    (written) => progress.update(written),
  );
  progress.done();
  return { dir, manifest };
}

interface Neo4jUnderTest {
  executor: Executor;
  /** What the report says about the server and its memory. */
  description: string;
  stop(): Promise<void>;
}

async function openNeo4j(settings: Settings): Promise<Neo4jUnderTest> {
  const options = { queryTimeoutMs: settings.queryTimeoutMs };
  if (settings.remote) {
    const executor = createExecutor(settings.remote, options);
    return { executor, description: `NEO4J_URI's server (${settings.remote.uri})`, stop: () => executor.close() };
  }
  const { heap, pageCacheMb } = settings.local;
  log(`Starting a throwaway Neo4j (heap ${heap}, page cache ${pageCacheMb} MB)`);
  const neo4j = await startThrowawayNeo4j(settings.local, log);
  const { pid: _pid, startedAt: _startedAt, ...connection } = neo4j.state;
  const executor = createExecutor(connection, options);
  return {
    executor,
    description: `a throwaway local Neo4j, heap ${heap}, page cache ${pageCacheMb} MB`,
    async stop() {
      await executor.close();
      await neo4j.stop();
    },
  };
}

async function neo4jVersion(executor: Executor): Promise<string> {
  const rows = await readRows(
    executor,
    z.object({ name: z.string(), version: z.string(), edition: z.string() }),
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
  );
  return rows.map((row) => `${row.name} ${row.version} ${row.edition}`).join(', ');
}

async function refuseNonEmptyGraph(executor: Executor): Promise<void> {
  const [row] = await readRows(
    executor,
    z.object({ entities: z.number() }),
    'MATCH (n) WHERE n:Organization OR n:Partner OR n:Tenant OR n:Customer OR n:Subscription RETURN count(n) AS entities',
  );
  if ((row?.entities ?? 0) > 0) {
    throw new Error(
      `The graph already holds ${count(row?.entities ?? 0)} entities: clear it (./csp db clear --yes) or unset NEO4J_URI`,
    );
  }
}

interface CypherMeasures {
  findings: Map<string, number>;
  keys: string[];
  bestMs: Map<string, number>;
  bestScanMs: number;
  dbHits: Map<string, number>;
  peakRss: number;
  rssAtStart: number;
}

async function measureCypher(executor: Executor, catalog: RuleDefinition[], asOf: string): Promise<CypherMeasures> {
  const rss = new PeakRss();
  log('Cypher scan: warm-up');
  const warmUp = await runScan(executor, catalog, { asOf });
  const bestMs = new Map<string, number>();
  let bestScanMs = Number.POSITIVE_INFINITY;
  for (let run = 1; run <= TIMED_RUNS; run++) {
    log(`Cypher scan: run ${run} of ${TIMED_RUNS}`);
    const { timings } = await runScan(executor, catalog, { asOf });
    for (const { ruleId, ms: taken } of timings) bestMs.set(ruleId, Math.min(bestMs.get(ruleId) ?? taken, taken));
    bestScanMs = Math.min(
      bestScanMs,
      timings.reduce((sum, timing) => sum + timing.ms, 0),
    );
  }
  const peakRss = rss.stop();
  const dbHits = new Map<string, number>();
  for (const rule of catalog) {
    log(`PROFILE ${rule.id}`);
    const { summary } = await executor.raw(`PROFILE ${rule.cypher}`, { asOf });
    if (summary.profile) dbHits.set(rule.id, sumDbHits(summary.profile));
  }
  return {
    findings: new Map(warmUp.timings.map((timing) => [timing.ruleId, timing.findings])),
    keys: warmUp.findings.map((finding) => finding.key),
    bestMs,
    bestScanMs,
    dbHits,
    peakRss,
    rssAtStart: rss.atStart,
  };
}

interface BaselineMeasures {
  readMs: number;
  bestMs: Map<string, number>;
  keys: string[];
  peakRss: number;
  rssAtStart: number;
}

async function measureBaseline(executor: Executor, catalog: RuleDefinition[], asOf: string): Promise<BaselineMeasures> {
  const rss = new PeakRss();
  log('Baseline: reading the graph');
  await warmUpReads(executor);
  const started = performance.now();
  const graph = await readGraph(executor);
  const readMs = performance.now() - started;
  rss.sample();
  let first: BaselineRuleResult[] = [];
  const bestMs = new Map<string, number>();
  for (let run = 0; run <= TIMED_RUNS; run++) {
    log(run === 0 ? 'Baseline: warm-up' : `Baseline: run ${run} of ${TIMED_RUNS}`);
    // Rule by rule, so that memory is sampled between rules.
    const results = catalog.flatMap(({ id: ruleId }) => {
      const result = evaluateRules(graph, asOf, [ruleId]);
      rss.sample();
      return result;
    });
    if (run === 0) first = results;
    else for (const { ruleId, ms: taken } of results) bestMs.set(ruleId, Math.min(bestMs.get(ruleId) ?? taken, taken));
  }
  return {
    readMs,
    bestMs,
    keys: first.flatMap(({ ruleId, subjects }) => subjects.map((one) => findingKey(ruleId, one))),
    peakRss: rss.stop(),
    rssAtStart: rss.atStart,
  };
}

/** A line naming the rules that returned a finding more than once (docs/rules.md asks for one row per distinct
 * finding); none when no rule did. */
function repeatedFindings(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Map<string, number>();
  for (const key of keys) {
    const ruleId = key.slice(0, key.indexOf('|'));
    if (seen.has(key)) repeated.set(ruleId, (repeated.get(ruleId) ?? 0) + 1);
    seen.add(key);
  }
  if (repeated.size === 0) return [];
  const rules = [...repeated].map(([ruleId, extra]) => `${ruleId} (${extra} repeated)`).join(', ');
  return [`- The Cypher rules returned ${count(keys.length)} rows for ${count(seen.size)} distinct findings: ${rules}`];
}

/** "equal (N findings)", or what differs. */
function verdict(comparison: GroundTruthComparison): string {
  if (comparison.missing.length === 0 && comparison.unexpected.length === 0) {
    return `equal (${count(comparison.expected)} findings)`;
  }
  return `DIFFERENT: ${comparison.missing.length} missing (${comparison.missing.slice(0, 3).join(', ')}), ${comparison.unexpected.length} unexpected (${comparison.unexpected.slice(0, 3).join(', ')})`;
}

interface Report {
  customers: number;
  /** One-minute load averages when the benchmark started and ended: the machine is shared. */
  load: [number, number];
  manifest: Manifest;
  importSeconds: number;
  records: number;
  neo4j: string;
  server: string;
  cypher: CypherMeasures;
  baseline: BaselineMeasures;
  checks: { cypherTruth: string; baselineTruth: string; baselineCypher: string };
}

function toMarkdown(report: Report, ruleIds: readonly string[]): string {
  const { cypher, baseline, manifest } = report;
  const sum = (values: Map<string, number>) => [...values.values()].reduce((total, value) => total + value, 0);
  const cypherMs = sum(cypher.bestMs);
  const evaluateMs = sum(baseline.bestMs);
  const rows = ruleIds.map(
    (id) =>
      `| ${id} | ${count(cypher.findings.get(id) ?? 0)} | ${ms(cypher.bestMs.get(id) ?? 0)} | ${count(cypher.dbHits.get(id) ?? 0)} | ${ms(baseline.bestMs.get(id) ?? 0)} |`,
  );
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  return [
    `## Scan at ${count(report.customers)} customers`,
    '',
    `- Command: \`npx tsx bench/scan-benchmark.ts ${process.argv.slice(2).join(' ')}\`, run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, load average ${report.load[0].toFixed(1)} at the start and ${report.load[1].toFixed(1)} at the end; Node ${process.version}; ${report.neo4j} (${report.server})`,
    `- Ecosystem: seed '${manifest.arguments.seed}', as of ${manifest.asOf}: ${count(manifest.counts.partners)} partner accounts, ${count(manifest.counts.customers)} customers, ${count(manifest.counts.subscriptions)} subscriptions, ${count(report.records)} records in all`,
    `- Import: ${report.importSeconds.toFixed(1)} s`,
    '',
    '| rule | findings | Cypher ms | db hits | baseline ms |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    `| all rules | ${count(sum(cypher.findings))} | ${ms(cypherMs)} | ${count(sum(cypher.dbHits))} | ${ms(evaluateMs)} |`,
    '',
    `Times are the best of ${TIMED_RUNS} runs after a warm-up, rule by rule. The Cypher scan (\`runScan\`, the catalog in`,
    `one go) took at best ${ms(cypher.bestScanMs)} ms. The baseline read the graph out of Neo4j in ${ms(baseline.readMs)} ms`,
    `(once) and evaluated the rules in ${ms(evaluateMs)} ms: ${ms(baseline.readMs + evaluateMs)} ms together.`,
    '',
    `- Cypher scan / baseline evaluation: ${ratio(cypherMs, evaluateMs)}`,
    `- Cypher scan / baseline read + evaluation: ${ratio(cypherMs, baseline.readMs + evaluateMs)}`,
    `- Peak RSS of the Node process: ${mib(cypher.peakRss)} during the Cypher scans (${mib(cypher.rssAtStart)} at their start), ${mib(baseline.peakRss)} during the baseline (${mib(baseline.rssAtStart)} at its start); sampled every ${RSS_SAMPLE_MS} ms and between rules`,
    `- Cypher findings against the ground truth: ${report.checks.cypherTruth}; baseline against the ground truth: ${report.checks.baselineTruth}; baseline against Cypher: ${report.checks.baselineCypher}`,
    ...repeatedFindings(cypher.keys),
    '',
  ].join('\n');
}

/** Appends a section, a blank line apart from what the page already holds. */
function appendToBenchmarks(markdown: string): void {
  if (!existsSync(BENCHMARKS_DOC)) appendFileSync(BENCHMARKS_DOC, '# Benchmarks\n');
  const page = readFileSync(BENCHMARKS_DOC, 'utf8');
  const gap = page.endsWith('\n\n') ? '' : page.endsWith('\n') ? '\n' : '\n\n';
  appendFileSync(BENCHMARKS_DOC, `${gap}${markdown}`);
}

async function main(): Promise<number> {
  const { customers, seed, reuse } = readArguments();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const settings = readSettings({ ...BENCH_DEFAULTS, ...process.env });
  const { dir, manifest } = await ecosystem(customers, seed, reuse);
  const catalog = loadCatalog();
  const neo4j = await openNeo4j(settings);
  const stopOnSignal = () => void neo4j.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const { executor } = neo4j;
    await prepareDatabase(executor);
    await refuseNonEmptyGraph(executor);
    log(`Importing ${path.join(dir, manifest.data)}`);
    const bar = importProgressBar();
    const started = performance.now();
    const imported = await importPath(executor, path.join(dir, manifest.data), { onProgress: bar.onProgress });
    bar.done();
    const importSeconds = (performance.now() - started) / 1000;
    process.stdout.write(`Imported ${count(imported.records)} records in ${importSeconds.toFixed(1)} s\n`);

    const cypher = await measureCypher(executor, catalog, manifest.asOf);
    const baseline = await measureBaseline(executor, catalog, manifest.asOf);
    const truth = readGroundTruth(path.join(dir, GROUND_TRUTH_FILE));
    const cypherTruth = compareWithGroundTruth(cypher.keys, truth);
    const baselineTruth = compareWithGroundTruth(baseline.keys, truth);
    const baselineCypher = compareWithGroundTruth(baseline.keys, new Set(cypher.keys));
    const report: Report = {
      customers,
      load: [loadAtStart, os.loadavg()[0] ?? 0],
      manifest,
      importSeconds,
      records: imported.records,
      neo4j: await neo4jVersion(executor),
      server: neo4j.description,
      cypher,
      baseline,
      checks: {
        cypherTruth: verdict(cypherTruth),
        baselineTruth: verdict(baselineTruth),
        baselineCypher: verdict(baselineCypher),
      },
    };
    const markdown = toMarkdown(
      report,
      catalog.map((rule) => rule.id),
    );
    process.stdout.write(`\n${markdown}\n`);
    const agree = [cypherTruth, baselineTruth, baselineCypher].every(
      (comparison) => comparison.missing.length === 0 && comparison.unexpected.length === 0,
    );
    if (!agree) {
      process.stderr.write('The findings differ (see above); docs/benchmarks.md is left as it was.\n');
      return 1;
    }
    appendToBenchmarks(markdown);
    log(`Appended to ${path.relative(PROJECT_ROOT, BENCHMARKS_DOC)}`);
    return 0;
  } finally {
    await neo4j.stop();
  }
}

process.exitCode = await main();
