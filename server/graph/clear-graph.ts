// Deletes every entity, relationship, finding and scan run, keeping the schema, the region table and the migration log.
import { z } from 'zod';
import { readRows, runRows } from '../db/checked-rows';
import { cypher } from '../db/cypher-files';
import { cypherInt, type Executor } from '../db/executor';

/** Nodes deleted per transaction, each with at most DENSE relationships once the dense nodes are stripped: a
 * transaction holds at most some hundreds of thousands of deletions, well inside the local Neo4j's default heap (a
 * batch that took a distributor's node with all its relationships ran out of it at 1,000,000 customers). */
const BATCH = 10_000;
const DENSE = 100;
/** Relationships of one dense node deleted per transaction. */
const RELATIONSHIP_BATCH = 50_000;
/** One batch's time limit, apart from the executor's query limit. */
const BATCH_TIMEOUT_MS = 10 * 60 * 1000;

const deletableRow = z.object({ deletable: z.number() });
const deletedRow = z.object({ deleted: z.number() });
const idRow = z.object({ id: z.string() });

/** How many nodes a clear deletes, read from the count store. */
export async function deletableNodes(executor: Executor): Promise<number> {
  const [row] = await readRows(executor, deletableRow, cypher('graph/deletable-count.cypher'));
  return row?.deletable ?? 0;
}

/** Deletes the graph's data batch by batch: the relationships of its densest nodes first, then nodes with theirs;
 * `onProgress` hears after each batch of nodes how many are gone. Each batch commits on its own: a clear stopped
 * part way leaves part of the data, which the next clear deletes. */
export async function clearGraph(
  executor: Executor,
  options: {
    onProgress?: (deleted: number, total: number) => void;
    /** Before the nodes: each dense node stripped of its relationships, out of how many there are. */
    onDense?: (stripped: number, total: number) => void;
  } = {},
): Promise<void> {
  const { onProgress, onDense } = options;
  const total = onProgress ? await deletableNodes(executor) : 0;
  /** Runs a deleting statement, one transaction at a time, until it deletes nothing. */
  const untilNone = async (file: string, params: Record<string, unknown>, onBatch?: (deleted: number) => void) => {
    for (;;) {
      const [row] = await executor.writeTransaction((tx) => runRows(tx, deletedRow, cypher(file), params), {
        timeoutMs: BATCH_TIMEOUT_MS,
      });
      const deleted = row?.deleted ?? 0;
      if (deleted === 0) return;
      onBatch?.(deleted);
    }
  };
  const dense = await readRows(
    executor,
    idRow,
    cypher('graph/dense-nodes.cypher'),
    { dense: cypherInt(DENSE) },
    {
      timeoutMs: BATCH_TIMEOUT_MS,
    },
  );
  for (const [index, { id }] of dense.entries()) {
    onDense?.(index, dense.length);
    await untilNone('graph/dense-relationships-delete.cypher', { id, limit: cypherInt(RELATIONSHIP_BATCH) });
  }
  onDense?.(dense.length, dense.length);
  let deleted = 0;
  await untilNone('graph/delete-batch.cypher', { limit: cypherInt(BATCH) }, (batch) => {
    deleted += batch;
    onProgress?.(Math.min(deleted, total), total);
  });
  onProgress?.(total, total);
}
