// Deletes every entity, relationship, finding and scan run, keeping the schema, the region table and the migration log.
import type { Executor } from '../db/executor';

export async function clearGraph(executor: Executor): Promise<void> {
  // In batches, so a graph of millions of nodes does not need one huge transaction.
  await executor.autoCommit(
    `MATCH (n) WHERE NOT (n:Country OR n:Region OR n:RegionTable OR n:SchemaMigration)
     CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
  );
}
