// Full and incremental scans on the graph the product uses, with its settings: a bare traversal of the relationship
// types the rules follow, the full scan as `./csp scan` runs and records it, then imports of 100 (a warm-up, see
// DELTAS), 1,000 and 10,000 changed records (written to bench/out/ in the import format) each followed by an incremental scan and, in the same
// run, a full scan that must report the same findings. Writes bench/results/scan.json.
// Usage: NEO4J_LOCAL_DIR=DIR NEO4J_LOCAL_PORT=N npx tsx bench/rescan.ts [--as-of DATE] [--label 1m]
//   (the product's local Neo4j in DIR, started with `./csp db start` and its default settings, or NEO4J_URI's)
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, readSettings } from '../server/config';
import { connect } from '../server/db/connect';
import type { Executor } from '../server/db/executor';
import { randomChanges } from '../server/generate/random-changes';
import { DEFAULT_AS_OF } from '../server/generate/shape';
import { importDocument } from '../server/import/import-path';
import { RELATIONSHIP_TYPES } from '../server/model/graph-model';
import { prepareDatabase } from '../server/prepare-database';
import { loadCatalog, type RuleDefinition } from '../server/rules/catalog';
import { runScan, SCAN_CONCURRENCY, type ScanResult } from '../server/scan/run-scan';
import { recordScan } from '../server/scan/scan-history';
import { todayIso } from '../server/shared/dates';
import { count, log } from './measure';

const FULL_RUNS = 3;
/** The first delta only warms up: the first incremental scan after the database starts plans the anchors and
 * anchored statements (about 4 s of planning at this size), which a database that ran the previous day's scan has
 * cached. It is reported, not counted. */
const DELTAS = [100, 1_000, 10_000] as const;
const FIGURE_OF: Partial<Record<(typeof DELTAS)[number], string>> = { 1000: '1k', 10000: '10k' };

/** Each type traversed end to end (reading the far node, so no count store answers it) and a 2-hop count from
 * subscriptions to their customers' tenants, on as many sessions as a scan uses. */
async function bareTraversal(executor: Executor): Promise<number> {
  const queries = [
    ...RELATIONSHIP_TYPES.map((type) => `MATCH (a)-[:${type}]->(b) RETURN count(b.id) + count(b.code) AS n`),
    'MATCH (s:Subscription)-[:FOR]->(c)-[:ON_TENANT]->(t) RETURN count(t.id) AS n',
  ];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < queries.length) await executor.read(queries[next++] as string, {}, { timeoutMs: 600_000 });
  };
  await Promise.all(Array.from({ length: SCAN_CONCURRENCY }, worker));
  return performance.now() - started;
}

interface TimedScan {
  result: ScanResult;
  scanMs: number;
  recordMs: number;
  totalMs: number;
}

/** A scan recorded as `./csp scan` records it (the report aside). */
async function timedScan(
  executor: Executor,
  catalog: readonly RuleDefinition[],
  asOf: string,
  incremental: boolean,
): Promise<TimedScan> {
  const started = performance.now();
  const result = await runScan(executor, catalog, { asOf, incremental, ruleTimeoutMs: 1_800_000 });
  const scanned = performance.now();
  await recordScan(executor, result);
  const done = performance.now();
  return { result, scanMs: scanned - started, recordMs: done - scanned, totalMs: done - started };
}

/** JSON with every object's keys sorted: evidence read back from a stored finding lists its keys in another order
 * than evidence just computed, and is the same evidence. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

const sameFindings = (a: ScanResult, b: ScanResult) =>
  canonical(a.findings.map((f) => [f.key, f.message, f.evidence])) ===
  canonical(b.findings.map((f) => [f.key, f.message, f.evidence]));

/** Per rule, what one scan found that the other did not, or found with another message or evidence (a few each). */
function findingDifferences(incremental: ScanResult, full: ScanResult): string[] {
  const text = (f: ScanResult['findings'][number]) => canonical([f.message, f.evidence]);
  const byKey = (result: ScanResult) => new Map(result.findings.map((f) => [f.key, f]));
  const a = byKey(incremental);
  const b = byKey(full);
  const lines: string[] = [];
  for (const [key, f] of a) {
    const other = b.get(key);
    if (!other) lines.push(`only incremental: ${f.ruleId} ${JSON.stringify(f.subjects)} ${f.message}`);
    else if (text(f) !== text(other))
      lines.push(
        `changed: ${f.ruleId} ${JSON.stringify(f.subjects)}\n  incremental ${text(f)}\n  full        ${text(other)}`,
      );
  }
  for (const [key, f] of b)
    if (!a.has(key)) lines.push(`only full: ${f.ruleId} ${JSON.stringify(f.subjects)} ${f.message}`);
  return [`${lines.length} differences`, ...lines.slice(0, 20)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, label: { type: 'string' } } });
  const asOf = values['as-of'] ?? DEFAULT_AS_OF;
  const label = values.label ?? '1m';
  const settings = readSettings();
  const connection = await connect(settings, { startLocal: false, log });
  const { executor } = connection;
  const catalog = loadCatalog();
  const load = () => os.loadavg()[0]?.toFixed(1);
  const figures: Record<string, number> = {};
  const lines: string[] = [];
  const say = (line: string) => {
    log(line);
    lines.push(line);
  };
  try {
    await prepareDatabase(executor);
    say(`load average ${load()} at the start; ${SCAN_CONCURRENCY} sessions; as of ${asOf}`);
    await bareTraversal(executor);
    const bare: number[] = [];
    const full: TimedScan[] = [];
    for (let run = 0; run < FULL_RUNS; run++) {
      bare.push(await bareTraversal(executor));
      full.push(await timedScan(executor, catalog, asOf, false));
      const last = full.at(-1) as TimedScan;
      say(
        `run ${run + 1}: bare traversal ${count(bare.at(-1) as number)} ms; full scan ${count(last.totalMs)} ms ` +
          `(rules ${count(last.scanMs)}, recording ${count(last.recordMs)}), ${count(last.result.findings.length)} findings`,
      );
    }
    const bestFull = Math.min(...full.map((f) => f.totalMs));
    const bestBare = Math.min(...bare);
    figures[`full_scan_ms_${label}`] = Math.round(bestFull);
    figures[`bare_traversal_ms_${label}`] = Math.round(bestBare);
    say(`best full scan ${count(bestFull)} ms = ${(bestFull / bestBare).toFixed(2)}× the best bare traversal`);
    const slowest = [...(full.at(-1) as TimedScan).result.timings].sort((a, b) => b.ms - a.ms).slice(0, 4);
    say(`slowest rules (last run): ${slowest.map((t) => `${t.ruleId} ${count(t.ms)} ms`).join(', ')}`);

    const outDir = path.join(PROJECT_ROOT, 'bench', 'out');
    mkdirSync(outDir, { recursive: true });
    for (const size of DELTAS) {
      const { document, changes } = await randomChanges(executor, { seed: `rescan-${size}`, count: size, asOf });
      const file = path.join(outDir, `rescan-delta-${size}.json`);
      writeFileSync(file, JSON.stringify(document));
      const importStarted = performance.now();
      await importDocument(executor, document, file);
      const importMs = performance.now() - importStarted;
      const incremental = await timedScan(executor, catalog, asOf, true);
      const check = await timedScan(executor, catalog, asOf, false);
      const equal = sameFindings(incremental.result, check.result);
      const figure = FIGURE_OF[size];
      if (figure) figures[`incremental_rescan_${figure}_ms_${label}`] = Math.round(incremental.totalMs);
      say(
        `${figure ? '' : 'warm-up, the first incremental scan since the database started: '}${count(changes.length)} changed records (${path.relative(PROJECT_ROOT, file)}): import ${count(importMs)} ms; ` +
          `incremental scan ${count(incremental.totalMs)} ms (${incremental.result.kind}: ${incremental.result.reason}; ` +
          `rules ${count(incremental.scanMs)}, recording ${count(incremental.recordMs)}) against a full scan ` +
          `${count(check.totalMs)} ms in the same run; findings ${equal ? 'equal' : 'DIFFERENT'} ` +
          `(${count(incremental.result.findings.length)})`,
      );
      const phases = incremental.result.phases;
      const busiest = [...incremental.result.timings].sort((a, b) => b.ms - a.ms).slice(0, 4);
      say(
        `  of which: what changed ${count(phases?.plan ?? 0)} ms, anchors ${count(phases?.anchors ?? 0)} ms, ` +
          `rules ${count(phases?.rules ?? 0)} ms (slowest ${busiest.map((t) => `${t.ruleId} ${count(t.ms)}`).join(', ')}), ` +
          `carried findings read ${count(phases?.carried ?? 0)} ms`,
      );
      if (!equal) {
        for (const line of findingDifferences(incremental.result, check.result)) log(line);
        throw new Error(`The incremental scan after ${size} changes differs from the full scan`);
      }
    }
    say(`load average ${load()} at the end`);
    const results = path.join(PROJECT_ROOT, 'bench', 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      path.join(results, 'scan.json'),
      `${JSON.stringify(
        {
          command: `npx tsx bench/rescan.ts --as-of ${asOf} --label ${label}`,
          date: todayIso(),
          machine: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; local Neo4j heap ${settings.local.heap}, page cache ${settings.local.pageCacheMb} MB`,
          figures,
        },
        null,
        2,
      )}\n`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await executor.close();
  }
}

await main();
