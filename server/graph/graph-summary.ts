// Counts of entities and relationships in the graph, for the start command and health views.
import { cypher } from '../db/cypher-files';
import type { Executor } from '../db/executor';

export interface SummaryRow {
  kind: 'node' | 'relationship';
  name: string;
  count: number;
}

export function graphSummary(executor: Executor): Promise<SummaryRow[]> {
  return executor.read<SummaryRow>(cypher('queries/graph-summary.cypher'));
}

export function formatSummary(rows: SummaryRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows.map((row) => `  ${row.name.padEnd(width)}  ${row.count.toLocaleString('en-US').padStart(10)}`).join('\n');
}
