// Counts of entities and relationships in the graph, for the start command and health views.
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypher } from '../db/cypher-files';
import type { Executor } from '../db/executor';

/** A row of cypher/queries/graph-summary.cypher: a label or relationship type and how many the graph holds. */
const summaryRow = z.object({ kind: z.enum(['node', 'relationship']), name: z.string(), count: z.number() });
export type SummaryRow = z.infer<typeof summaryRow>;

export function graphSummary(executor: Executor): Promise<SummaryRow[]> {
  return readRows(executor, summaryRow, cypher('queries/graph-summary.cypher'));
}

export function formatSummary(rows: SummaryRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows.map((row) => `  ${row.name.padEnd(width)}  ${row.count.toLocaleString('en-US').padStart(10)}`).join('\n');
}
