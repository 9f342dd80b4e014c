// Keeps Neo4j's planner from planning on statistics of a graph much smaller than the one it now holds.
//
// Neo4j samples its indexes in the background, some time after they change. A statement planned between a large
// write and that sampling sees an index that was near empty as still near empty and may seek it for every row: the
// full scan after importing 20,000 customers into an empty graph then read every reseller relationship once per
// customer, well over a hundred times its usual time. Neo4j's plan cache keeps such a plan for later runs too.
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypher } from '../db/cypher-files';
import type { Executor } from '../db/executor';

/** A write that grows the graph by at least this share of what it held makes its statistics stale. */
export const STALE_GROWTH = 0.25;
/** Below this many nodes and relationships, a statement reads little whatever its plan, and re-planning every
 * statement costs more than a stale plan can lose. */
export const STALE_MIN_ELEMENTS = 50_000;

/** Sampling every index of a million-customer graph takes seconds; this bounds a server that cannot. */
const PREPARE_TIMEOUT_MS = 300_000;

const countRow = z.object({ elements: z.number() });

/** The nodes and relationships the graph holds, from Neo4j's count store. */
export async function graphElements(executor: Pick<Executor, 'read'>): Promise<number> {
  const [row] = await readRows(executor, countRow, cypher('graph/element-count.cypher'));
  return row?.elements ?? 0;
}

/** Whether a graph that held `before` nodes and relationships and holds `after` now needs fresh statistics. */
export function statisticsStale(before: number, after: number): boolean {
  return after >= STALE_MIN_ELEMENTS && after - before >= STALE_GROWTH * before;
}

/** Samples the outdated indexes, waits for them and empties the plan cache, so that the next statements (a scan's
 * rules) are planned on the graph as it is now. */
export async function refreshStatistics(executor: Pick<Executor, 'read'>): Promise<void> {
  await executor.read(cypher('graph/prepare-for-replanning.cypher'), {}, { timeoutMs: PREPARE_TIMEOUT_MS });
}
