// Measures the importer (docs/benchmarks.md, "Import"): ready-made ecosystems (`./csp generate --customers N --seed
// bench`), each loaded into an empty store three ways in one run: the bulk first load (Neo4j's offline importer), the
// transactional import, and a raw loader of the same records (UNWIND + CREATE with the import's create statements,
// 10,000 rows a statement, 2 sessions, no checks, no journal) as the baseline; records per second and peak memory of
// Node and Neo4j. Writes bench/results/import.json.
// Usage: npx tsx bench/import-throughput.ts --eco DIR [--sizes 100000,1000000]
//        [--transactional-sizes 100000] [--batch-sizes 5000,10000]
//   --eco                   the folder holding one ecosystem per size (N/data)
//   --sizes                 sizes loaded in bulk (default 100000,1000000)
//   --transactional-sizes   sizes also loaded transactionally and by the raw loader (default 100000)
//   --batch-sizes           the transactional import's batch sizes, each loaded in turn (default: the import's)
//   Neo4j: local ones only (bulk needs the product's own store), heap NEO4J_LOCAL_HEAP (default here 4g).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, readSettings } from '../server/config';
import type { Connection } from '../server/db/connect';
import { cypher, inBatch } from '../server/db/cypher-files';
import { createExecutor, type Executor } from '../server/db/executor';
import { readLocalState, startLocalNeo4j, startThrowawayNeo4j, stopLocalNeo4j } from '../server/db/local-neo4j';
import { bulkImport } from '../server/import/bulk-import';
import { importPath } from '../server/import/import-path';
import { COLLECTION_KEYS, COLLECTIONS } from '../server/import/import-schema';
import { openCsvFolder } from '../server/import/read-csv-folder';
import { validateRecord } from '../server/import/validate-records';
import type { Row } from '../server/import/write-batch';
import { DEFAULT_BATCH_SIZE } from '../server/import/write-import';
import { prepareDatabase } from '../server/prepare-database';
import { todayIso } from '../server/shared/dates';
import { count, log, mib, PeakRss } from './measure';

const RAW_BATCH = 10_000;
const RAW_SESSIONS = 2;

function peakRssOf(pid: number): number {
  const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kib * 1024;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Measurement {
  label: string;
  records: number;
  seconds: number;
  writeSeconds: number;
  nodePeak: number;
  neo4jPeak: string;
}

/** A bulk first load into a new local store of its own, as `./csp import` does into an empty one. */
async function bulk(folder: string, customers: number): Promise<Measurement> {
  const settings = readSettings();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'csp-bulk-bench-'));
  const local = { ...settings.local, dir, port: await freePort(), heap: process.env.NEO4J_LOCAL_HEAP ?? '4g' };
  const state = await startLocalNeo4j(local, log);
  const executor = createExecutor(state, { queryTimeoutMs: 3_600_000 });
  let importerPeak = 'n/a';
  try {
    await prepareDatabase(executor);
    const connection: Connection = {
      executor,
      where: state.uri,
      local: true,
      settings: { ...settings, remote: undefined, local },
    };
    log(`bulk ${count(customers)}: loading ${folder}`);
    const rss = new PeakRss();
    const started = performance.now();
    let writing = started;
    const result = await bulkImport(connection, folder, importPath, {
      onProgress: (progress) => {
        if (progress.phase === 'writing' && progress.done === 0) writing = performance.now();
      },
      log: (line) => {
        importerPeak = /peak memory (.+)/.exec(line)?.[1] ?? importerPeak;
      },
    });
    const ended = performance.now();
    const server = readLocalState(dir);
    const m = {
      label: `bulk, ${count(customers)} customers`,
      records: result.records,
      seconds: (ended - started) / 1000,
      writeSeconds: (ended - writing) / 1000,
      nodePeak: rss.stop(),
      neo4jPeak: `importer ${importerPeak}; server after the swap ${server ? mib(peakRssOf(server.pid)) : 'n/a'}`,
    };
    log(`${m.label}: ${m.seconds.toFixed(1)} s`);
    return m;
  } finally {
    await executor.close();
    await stopLocalNeo4j(dir);
    await rm(dir, { recursive: true, force: true });
  }
}

/** The raw loader: typed rows straight to the create statements, RAW_BATCH rows a statement, RAW_SESSIONS at once. */
async function rawLoad(executor: Executor, folder: string): Promise<number> {
  const stream = await openCsvFolder(folder);
  let written = 0;
  for (const collection of COLLECTION_KEYS) {
    const statement = cypher(`import/${COLLECTIONS[collection].csvFile.replace(/\.csv$/, '')}/create.cypher`);
    const running = new Set<Promise<void>>();
    let batch: Row[] = [];
    const send = async (rows: Row[]) => {
      while (running.size >= RAW_SESSIONS) await Promise.race(running);
      const task = executor.writeTransaction(async (tx) => {
        await tx.run(statement, { ...inBatch({ rows }), tag: null });
      });
      const tracked: Promise<void> = task.finally(() => running.delete(tracked));
      running.add(tracked);
    };
    for await (const record of stream.records(collection, [])) {
      const { value } = validateRecord(collection, record);
      if (value === undefined) throw new Error(`${record.at.file} ${record.at.record} is not valid`);
      batch.push(value as Row);
      written++;
      if (batch.length === RAW_BATCH) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await send(batch);
    await Promise.all(running);
  }
  return written;
}

/** Runs `load` on a new throwaway store with the product's schema, so every load starts from the same state (a new
 * store, a Neo4j just started) and none gains from another's warm caches, plans or freed record ids. Its wall time,
 * the time from its call of `writing()` on (the whole load when it never calls it), and the peak memory of Node and
 * Neo4j. */
async function measureInNewStore(
  load: (executor: Executor, writing: () => void) => Promise<{ label: string; records: number }>,
): Promise<Measurement> {
  const settings = readSettings();
  const neo4j = await startThrowawayNeo4j({ ...settings.local, heap: process.env.NEO4J_LOCAL_HEAP ?? '4g' }, log);
  const executor = createExecutor(neo4j.state, { queryTimeoutMs: 3_600_000 });
  try {
    await prepareDatabase(executor);
    const rss = new PeakRss();
    const started = performance.now();
    let writing = started;
    const { label, records } = await load(executor, () => {
      writing = performance.now();
    });
    const ended = performance.now();
    const measurement = {
      label,
      records,
      seconds: (ended - started) / 1000,
      writeSeconds: (ended - writing) / 1000,
      nodePeak: rss.stop(),
      neo4jPeak: mib(peakRssOf(neo4j.state.pid)),
    };
    log(`${label}: ${measurement.seconds.toFixed(1)} s`);
    return measurement;
  } finally {
    await executor.close();
    await neo4j.stop();
  }
}

/** The transactional import at each batch size and the raw loader, each into a new store. */
async function transactionalAndRaw(folder: string, customers: number, batchSizes: number[]): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const batchSize of batchSizes) {
    log(`transactional ${count(customers)}, batches of ${count(batchSize)}: importing ${folder}`);
    measurements.push(
      await measureInNewStore(async (executor, writing) => {
        const result = await importPath(executor, folder, {
          batchSize,
          onProgress: (progress) => {
            if (progress.phase === 'writing' && progress.done === 0) writing();
          },
        });
        const label = `transactional (${result.transaction}, batches of ${count(batchSize)}), ${count(customers)} customers`;
        return { label, records: result.records };
      }),
    );
  }
  log(`raw loader ${count(customers)}`);
  measurements.push(
    await measureInNewStore(async (executor) => ({
      label: `raw UNWIND loader, ${count(customers)} customers`,
      records: await rawLoad(executor, folder),
    })),
  );
  return measurements;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      eco: { type: 'string', default: 'bench/out/eco' },
      sizes: { type: 'string', default: '100000,1000000' },
      'transactional-sizes': { type: 'string', default: '100000' },
      'batch-sizes': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    },
  });
  const sizes = (values.sizes as string).split(',').filter(Boolean).map(Number);
  const transactionalSizes = (values['transactional-sizes'] as string).split(',').filter(Boolean).map(Number);
  const batchSizes = (values['batch-sizes'] as string).split(',').filter(Boolean).map(Number);
  const folder = (customers: number) => path.join(values.eco as string, String(customers), 'data');
  const load = os.loadavg()[0]?.toFixed(1);
  const measurements: Measurement[] = [];
  const figures: Record<string, number> = {};
  for (const customers of transactionalSizes) {
    const loads = await transactionalAndRaw(folder(customers), customers, batchSizes);
    measurements.push(...loads);
    if (customers === 100_000) {
      // The figure is the import at its default batch size (the first size given when that is not among them).
      const at = Math.max(batchSizes.indexOf(DEFAULT_BATCH_SIZE), 0);
      const transactional = loads[at] as Measurement;
      const raw = loads.at(-1) as Measurement;
      figures.transactional_records_per_s_100k = Math.round(transactional.records / transactional.writeSeconds);
      figures.raw_loader_records_per_s_100k = Math.round(raw.records / raw.seconds);
    }
  }
  for (const customers of sizes) {
    const m = await bulk(folder(customers), customers);
    measurements.push(m);
    if (customers === 1_000_000) figures.first_load_1m_s = Number(m.seconds.toFixed(1));
  }
  const command = `npx tsx bench/import-throughput.ts --eco ${values.eco} --sizes ${values.sizes || '""'} --transactional-sizes ${values['transactional-sizes']} --batch-sizes ${values['batch-sizes']}`;
  const machine = `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, shared; load average ${load} at the start and ${os.loadavg()[0]?.toFixed(1)} at the end; Node ${process.version}; Neo4j 5.26 Community, heap ${process.env.NEO4J_LOCAL_HEAP ?? '4g'}`;
  const date = todayIso();
  const results = path.join(PROJECT_ROOT, 'bench', 'results', 'import.json');
  // A run that measures some sizes only keeps the figures of the others from the file.
  const earlier = existsSync(results)
    ? (JSON.parse(readFileSync(results, 'utf8')) as { figures?: Record<string, number> }).figures
    : {};
  writeFileSync(
    results,
    `${JSON.stringify({ command, date, machine, figures: { ...earlier, ...figures } }, null, 2)}\n`,
  );
  process.stdout.write(
    [
      `- Command: \`${command}\`, run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `- Machine: ${machine}`,
      '',
      '| load | records | total s | records/s | write s | records/s written | Node peak RSS | Neo4j peak RSS |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...measurements.map(
        (m) =>
          `| ${m.label} | ${count(m.records)} | ${m.seconds.toFixed(1)} | ${count(m.records / m.seconds)} | ${m.writeSeconds.toFixed(1)} | ${count(m.records / m.writeSeconds)} | ${mib(m.nodePeak)} | ${m.neo4jPeak} |`,
      ),
      '',
    ].join('\n'),
  );
}

await main();
