// Connects a test file to the run's Neo4j and gives each test an empty graph with the schema and region table.
import { afterAll, beforeAll, inject } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { createExecutor, type Executor } from '../../server/db/executor';
import { clearGraph } from '../../server/graph/clear-graph';
import { prepareDatabase } from '../../server/prepare-database';

export { clearGraph };

/** Call at the top of a test file; the returned function gives the executor inside tests. */
export function useTestDatabase(): () => Executor {
  let executor: Executor | undefined;
  beforeAll(async () => {
    executor = createExecutor(inject('neo4j'), { queryTimeoutMs: 120_000 });
    await prepareDatabase(executor);
    await clearGraph(executor);
  });
  afterAll(async () => {
    await executor?.close();
  });
  return () => {
    if (!executor) throw new Error('The test database is not ready: call useTestDatabase() at the top of the file.');
    return executor;
  };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, inner]) => `${key}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A node's or relationship's properties without its change stamps and batch tag: writing and undoing the write leaves
 * the data as it was but stamps what it touched (docs/change-tracking.md), and the journaled batch that created a
 * record tags it (docs/import-format.md). */
function withoutStamp(props: Record<string, unknown>): Record<string, unknown> {
  const {
    changedAt: _changedAt,
    datesChangedAt: _datesChangedAt,
    rolesChangedAt: _rolesChangedAt,
    importBatch: _importBatch,
    ...rest
  } = props;
  return rest;
}

/** Every node and relationship with its labels and properties (change stamps aside), sorted: equal snapshots mean an
 * unchanged graph. */
export async function graphSnapshot(executor: Executor): Promise<string> {
  const nodes = await readRows(
    executor,
    z.object({ labels: z.array(z.string()), props: z.record(z.string(), z.unknown()) }),
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await readRows(
    executor,
    z.object({ from: z.unknown(), type: z.string(), props: z.record(z.string(), z.unknown()), to: z.unknown() }),
    `MATCH (a)-[r]->(b)
     RETURN coalesce(a.id, a.code, a.name) AS from, type(r) AS type, properties(r) AS props,
            coalesce(b.id, b.code, b.name) AS to`,
  );
  const lines = [
    ...nodes.map((n) => canonical([[...n.labels].sort(), withoutStamp(n.props)])),
    ...relationships.map((r) => canonical([r.from, r.type, withoutStamp(r.props), r.to])),
  ];
  return lines.sort().join('\n');
}
