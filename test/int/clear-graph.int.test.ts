// `./csp db clear`: deletes every entity, finding and scan run and keeps the region table and the migration log,
// in batches that may take far longer than one query may (a graph of a million customers takes minutes), and says
// how far it is.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { createExecutor } from '../../server/db/executor';
import { clearGraph, deletableNodes } from '../../server/graph/clear-graph';
import { importPath } from '../../server/import/import-path';
import { useGeneratedEcosystem } from '../support/generated-ecosystem';
import { useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const dataPath = useGeneratedEcosystem({ customers: 2_000, seed: 'clear' });

beforeAll(async () => {
  await importPath(db(), dataPath());
}, 300_000);

const labelsRow = z.object({ label: z.string(), count: z.number() });

describe('clearing the graph', () => {
  it('outlasts the query time limit, reports its progress, and keeps only the region table and migrations', async () => {
    const before = await deletableNodes(db());
    expect(before).toBeGreaterThan(10_000);
    const kept = await readRows(
      db(),
      labelsRow,
      'MATCH (n:Country|Region|RegionTable|SchemaMigration) RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label',
    );
    // Every query of this executor is cancelled after 20 ms; deleting some 30,000 nodes takes longer.
    const hurried = createExecutor(inject('neo4j'), { queryTimeoutMs: 20 });
    try {
      await clearGraph(hurried);
    } finally {
      await hurried.close();
    }
    expect(await deletableNodes(db())).toBe(0);
    const left = await readRows(
      db(),
      labelsRow,
      'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label',
    );
    expect(left).toEqual(kept);

    // Loaded again and cleared with its progress: it ends with every node it counted at the start deleted.
    await importPath(db(), dataPath());
    const again = await deletableNodes(db());
    const reports: [number, number][] = [];
    const dense: [number, number][] = [];
    await clearGraph(db(), {
      onProgress: (deleted, total) => reports.push([deleted, total]),
      onDense: (stripped, total) => dense.push([stripped, total]),
    });
    // The providers of the ecosystem have more relationships than a batch of nodes may carry each.
    expect(dense.at(-1)?.[0]).toBeGreaterThan(0);
    expect(dense.at(-1)?.[0]).toBe(dense.at(-1)?.[1]);
    expect(reports.at(-1)).toEqual([again, again]);
    expect(reports.every(([deleted, total]) => total === again && deleted >= 0 && deleted <= total)).toBe(true);
    expect(await deletableNodes(db())).toBe(0);
  });
});
