// The bulk first load: into an empty local store, records are checked as by every import and written to the files of
// Neo4j's offline importer in the same pass; the importer builds a new store beside the running one, which replaces
// the old (empty) store and then gets the schema (migrations) and the region table. Any failure leaves the old store
// as it was.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RemoteNeo4jSettings } from '../config';
import { readRows } from '../db/checked-rows';
import type { Connection } from '../db/connect';
import { cypher } from '../db/cypher-files';
import { createExecutor, type Executor } from '../db/executor';
import { runOfflineImport, swapLocalStore } from '../db/local-neo4j';
import { migrate } from '../db/migrate';
import { loadRegionTable, type RegionTable, regionTable } from '../regions/region-table';
import { BulkFiles } from './bulk-files';
import { ImportError } from './import-error';
import type { ImportOptions, ImportResult } from './import-path';

/** Where the new store is built: inside the local data folder, so the swap is a rename on one file system. */
const STAGING = 'bulk-load';

/** A row of cypher/import/store-holds.cypher: the labels of a node a bulk load would replace. */
const labelsRow = z.object({ labels: z.array(z.string()) });

/** Why a bulk load cannot go into this connection's store, or undefined when it can. */
export async function whyNotBulk(connection: Connection): Promise<string | undefined> {
  if (!connection.local) {
    return (
      `the database is the server at ${connection.where} (NEO4J_URI): Neo4j's offline importer builds a store ` +
      "on this machine's disk, which only the product's own local Neo4j can use"
    );
  }
  const [held] = await readRows(connection.executor, labelsRow, cypher('import/store-holds.cypher'));
  if (held) {
    return `the local store is not empty (it holds ${held.labels.join(':')} nodes, among others perhaps); a bulk load only fills an empty store`;
  }
  return undefined;
}

async function regionTableOf(executor: Executor): Promise<RegionTable> {
  const [table] = await readRows(executor, regionTable, cypher('import/region-table.cypher'));
  if (!table) throw new Error('The local store has no region table; start the product once to load it');
  return table;
}

/** Gives the new store what every store has before data arrives: the schema and the region table of the old. */
async function prepareStore(connection: Connection, state: RemoteNeo4jSettings, table: RegionTable): Promise<void> {
  const executor = createExecutor(state, { queryTimeoutMs: connection.settings.scanRuleTimeoutMs });
  try {
    await migrate(executor);
    await loadRegionTable(executor, table);
  } finally {
    await executor.close();
  }
}

export type Load = (executor: Executor, path: string, options: ImportOptions) => Promise<ImportResult>;

/** Loads `source` with `load` (the checks of importPath or importPartnerCenter, as a dry run) into a new store that
 * replaces the empty local one. The caller has made sure whyNotBulk says nothing. */
export async function bulkImport(
  connection: Connection,
  source: string,
  load: Load,
  options: Pick<ImportOptions, 'onProgress'> & { log?: (line: string) => void } = {},
): Promise<ImportResult> {
  const { settings, executor } = connection;
  const staging = path.join(settings.local.dir, STAGING);
  rmSync(staging, { recursive: true, force: true });
  const files = new BulkFiles(path.join(staging, 'csv'));
  const home = path.join(staging, 'home');
  try {
    const table = await regionTableOf(executor);
    files.addCountries(table.rows.map((row) => row.code));
    const checked = await load(executor, source, {
      dryRun: true,
      onProgress: options.onProgress,
      sink: (collection, row) => files.add(collection, row),
    });
    const input = files.close();
    const total = checked.records;
    options.onProgress?.({ phase: 'writing', done: 0, total });
    try {
      const { peakMemory } = await runOfflineImport(
        settings.local,
        home,
        { database: settings.local.database, ...input, multiline: files.multiline },
        path.join(staging, 'import.log'),
      );
      options.log?.(`Neo4j's offline importer: peak memory ${peakMemory ?? 'not reported'}`);
    } catch (error) {
      throw new ImportError([{ file: source, record: '', field: '', reason: (error as Error).message }], {
        cause: error,
      });
    }
    rmSync(path.join(staging, 'csv'), { recursive: true, force: true });
    await connection.executor.close();
    // The store replaced is empty, so the new one gets its schema where it will run: one start of Neo4j fewer than
    // preparing it beside the old one, and a failure still puts the old store back.
    await swapLocalStore(settings.local, home, {
      log: options.log,
      prepare: (state) => prepareStore(connection, state, table),
    });
    options.onProgress?.({ phase: 'writing', done: total, total });
    return { ...checked, written: true, transaction: 'bulk' };
  } finally {
    files.discard();
    rmSync(staging, { recursive: true, force: true });
  }
}
