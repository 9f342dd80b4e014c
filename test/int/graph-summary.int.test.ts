// The graph summary (`./csp summary`, `./csp start`): its counts are those of the graph, and Neo4j answers every one
// from its count store, so the summary of a million customers costs what the demo's does.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { cypher } from '../../server/db/cypher-files';
import { graphSummary } from '../../server/graph/graph-summary';
import { importPath } from '../../server/import/import-path';
import { planOperators } from '../support/plan-operators';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

beforeAll(async () => {
  await clearGraph(db());
  await importPath(db(), path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json'));
});

describe('the graph summary', () => {
  it('counts each label and relationship type as the graph holds them', async () => {
    const rows = await graphSummary(db());
    expect(rows.length).toBeGreaterThan(10);
    const count = z.object({ count: z.number() });
    for (const row of rows) {
      // Counted here the slow way, element by element, with the name as a value.
      const [actual] = await readRows(
        db(),
        count,
        row.kind === 'node'
          ? 'MATCH (n) WHERE $name IN labels(n) RETURN count(n) AS count'
          : 'MATCH ()-[r]->() WHERE type(r) = $name RETURN count(r) AS count',
        { name: row.name },
      );
      expect({ name: row.name, count: row.count }).toEqual({ name: row.name, count: actual?.count });
    }
    expect(rows.find((row) => row.name === 'Customer')?.count).toBeGreaterThan(0);
    expect(rows.find((row) => row.name === 'SELLS_TO')?.count).toBeGreaterThan(0);
  });

  it('is read from the count store, without scanning nodes or relationships', async () => {
    const operators = await planOperators(db(), cypher('queries/graph-summary.cypher'));
    expect(operators).toContain('NodeCountFromCountStore');
    expect(operators).toContain('RelationshipCountFromCountStore');
    expect(operators.filter((operator) => /Scan|Expand|Filter/.test(operator))).toEqual([]);
  });
});
