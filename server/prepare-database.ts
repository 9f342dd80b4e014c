// Readies a database for the product before its first use: schema, region table, interrupted imports. It sits above
// server/db (which knows nothing of imports or regions) and runs where the product starts: the CLI, tests, benchmarks.
import type { Executor } from './db/executor';
import { migrate } from './db/migrate';
import { recoverImports } from './import/import-journal';
import { defaultRegionTable, loadedRegionTableAsOf, loadRegionTable } from './regions/region-table';

/** Brings the schema up to date, loads the shipped region table if the graph has none, and undoes any import whose
 * process died while writing it. */
export async function prepareDatabase(executor: Executor): Promise<void> {
  await migrate(executor);
  if ((await loadedRegionTableAsOf(executor)) === undefined) await loadRegionTable(executor, defaultRegionTable());
  await recoverImports(executor);
}
