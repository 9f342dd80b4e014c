// Measures the importer (docs/benchmarks.md, "Import"): generated ecosystems of 10,000 and 100,000 customers, each
// imported into an empty graph in auto mode, with records per second and peak memory of this process and of Neo4j,
// against a naive baseline in the same run: one transaction per record, for the first 20,000 records.
// The first import after a warm-up one, so that the JVM's compilation is not measured.
// Usage: npx tsx bench/import-throughput.ts [--batch-sizes 1000,5000,10000,20000]
//   --batch-sizes   also imports the 100,000-customer ecosystem (journaled) once per batch size, each into the store
//                   the runs before it filled and cleared (bench/import-batch-sizes.sh uses a new store per size)
//   Neo4j: NEO4J_URI's server (its graph is emptied), or else a throwaway local one with NEO4J_LOCAL_HEAP (default
//   here 4g).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSettings } from '../server/config';
import { prepareDatabase } from '../server/db/connect';
import { createExecutor, type Executor } from '../server/db/executor';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../server/db/local-neo4j';
import { DATA_FOLDER, generateEcosystem } from '../server/generate/generate-ecosystem';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../server/generate/shape';
import { clearGraph } from '../server/graph/clear-graph';
import { type ImportOptions, importPath } from '../server/import/import-path';
import { COLLECTION_KEYS } from '../server/import/import-schema';
import { openCsvFolder } from '../server/import/read-csv-folder';
import { validateRecord } from '../server/import/validate-records';
import { type Row, writeBatch } from '../server/import/write-batch';
import { count, log, mib, PeakRss } from './measure';

const SIZES = [10_000, 100_000];
const BASELINE_RECORDS = 20_000;
const SEED = 'bench';

/** Neo4j Community has no query for its JVM pools, so the local one is measured from outside: the peak resident
 * memory (VmHWM) of its Java process since it started. */
function neo4jPeakRss(neo4j: ThrowawayNeo4j | undefined): string {
  if (!neo4j) return 'n/a (NEO4J_URI)';
  const status = readFileSync(`/proc/${neo4j.state.pid}/status`, 'utf8');
  const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  return Number.isFinite(kib) ? mib(kib * 1024) : 'n/a';
}

interface Measurement {
  label: string;
  records: number;
  seconds: number;
  writeSeconds: number;
  mode: string;
  nodePeak: number;
  neo4jPeak: string;
}

async function timedImport(
  executor: Executor,
  neo4j: ThrowawayNeo4j | undefined,
  label: string,
  folder: string,
  options: ImportOptions,
): Promise<Measurement> {
  await clearGraph(executor);
  log(`${label}: importing ${folder}`);
  const rss = new PeakRss();
  const started = performance.now();
  let writing = started;
  const result = await importPath(executor, folder, {
    ...options,
    onProgress: (progress) => {
      if (progress.phase === 'writing' && progress.done === 0) writing = performance.now();
    },
  });
  const ended = performance.now();
  const measurement = {
    label,
    records: result.records,
    seconds: (ended - started) / 1000,
    writeSeconds: (ended - writing) / 1000,
    mode: result.transaction ?? 'none',
    nodePeak: rss.stop(),
    neo4jPeak: neo4jPeakRss(neo4j),
  };
  log(`${label}: ${count(measurement.records / measurement.seconds)} records/s`);
  return measurement;
}

/** One record per transaction, with the importer's own statements: the first `limit` records of the folder. */
async function naiveBaseline(executor: Executor, folder: string, limit: number): Promise<number> {
  await clearGraph(executor);
  const stream = await openCsvFolder(folder);
  const started = performance.now();
  let written = 0;
  for (const collection of COLLECTION_KEYS) {
    if (written === limit) break;
    for await (const record of stream.records(collection, [])) {
      if (written === limit) break;
      const { value } = validateRecord(collection, record);
      if (value === undefined) throw new Error(`${record.at.file} ${record.at.record} is not valid`);
      await executor.writeTransaction((tx) => writeBatch(tx, { collection, action: 'write', rows: [value as Row] }));
      written++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  log(`baseline: ${count(written / seconds)} records/s`);
  return written / seconds;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'batch-sizes': { type: 'string' } } });
  const batchSizes = values['batch-sizes']?.split(',').map(Number) ?? [];
  const settings = readSettings();
  const neo4j = settings.remote
    ? undefined
    : await startThrowawayNeo4j({ ...settings.local, heap: process.env.NEO4J_LOCAL_HEAP ?? '4g' }, log);
  const target = settings.remote ?? neo4j?.state;
  if (!target) throw new Error('No Neo4j to measure against');
  const executor = createExecutor(target, { queryTimeoutMs: 3_600_000 });
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'csp-import-bench-'));
  const load = os.loadavg()[0]?.toFixed(1);
  try {
    await prepareDatabase(executor);
    const folders = new Map<number, string>();
    for (const customers of SIZES) {
      const out = path.join(scratch, `ecosystem-${customers}`);
      log(`generating ${count(customers)} customers`);
      await generateEcosystem({
        customers,
        seed: SEED,
        out,
        violationRate: DEFAULT_VIOLATION_RATE,
        asOf: DEFAULT_AS_OF,
      });
      folders.set(customers, path.join(out, DATA_FOLDER));
    }
    // A fresh JVM compiles the import's code paths on first use: one unmeasured import first, as a running product
    // would have long done.
    log('warming up');
    await importPath(executor, folders.get(SIZES[0] as number) as string);
    const measurements: Measurement[] = [];
    for (const customers of SIZES) {
      const folder = folders.get(customers) as string;
      measurements.push(await timedImport(executor, neo4j, `${count(customers)} customers`, folder, {}));
    }
    const largest = folders.get(SIZES.at(-1) as number) as string;
    for (const batchSize of batchSizes) {
      measurements.push(
        await timedImport(
          executor,
          neo4j,
          `${count(SIZES.at(-1) as number)} customers, batches of ${count(batchSize)}`,
          largest,
          {
            transaction: 'journaled',
            batchSize,
          },
        ),
      );
    }
    const baseline = await naiveBaseline(executor, folders.get(SIZES[0] as number) as string, BASELINE_RECORDS);
    await clearGraph(executor);

    const [server] = await executor.read<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    process.stdout.write(
      [
        `- Command: \`npx tsx bench/import-throughput.ts${batchSizes.length ? ` --batch-sizes ${batchSizes.join(',')}` : ''}\`, run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        `- Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${load} at the start and ${os.loadavg()[0]?.toFixed(1)} at the end; Node ${process.version}; Neo4j ${server?.version} ${server?.edition}${neo4j ? ` (throwaway, heap ${process.env.NEO4J_LOCAL_HEAP ?? '4g'}, page cache ${settings.local.pageCacheMb} MB)` : ''}`,
        '',
        '| import | records | mode | total s | records/s | write s | records/s written | Node peak RSS | Neo4j peak RSS |',
        '|---|---:|---|---:|---:|---:|---:|---:|---:|',
        ...measurements.map(
          (m) =>
            `| ${m.label} | ${count(m.records)} | ${m.mode} | ${m.seconds.toFixed(1)} | ${count(m.records / m.seconds)} | ${m.writeSeconds.toFixed(1)} | ${count(m.records / m.writeSeconds)} | ${mib(m.nodePeak)} | ${m.neo4jPeak} |`,
        ),
        `| baseline: one transaction per record, first ${count(BASELINE_RECORDS)} records of ${count(SIZES[0] as number)} customers | ${count(BASELINE_RECORDS)} | per record | | ${count(baseline)} | | | | |`,
        '',
        ...measurements
          .slice(0, SIZES.length)
          .map(
            (m) =>
              `- ${m.label} / baseline: ${(m.records / m.seconds / baseline).toFixed(1)}× (whole import, reading and checks included)`,
          ),
        '',
      ].join('\n'),
    );
  } finally {
    await executor.close();
    await neo4j?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
