// A region's statistics cost only what a query asks of them: listing the regions (as the explorer's filters do) reads
// their names and none of the counts, which read the whole graph; asking for a count reads all regions' counts once.
import { describe, expect, it } from 'vitest';
import { commandLineContext } from '../../server/api/context';
import { execute, parse } from '../../server/api/graphql-runtime';
import { buildSchema } from '../../server/api/schema';
import { importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { recordingReads } from '../support/recording-reads';
import { useTestDatabase } from '../support/test-database';
import { DEMO } from './api-harness';

const db = useTestDatabase();
const schema = buildSchema();

/** Runs a query as the command line does, and the statements it sent to Neo4j. */
async function run(query: string): Promise<{ data: unknown; statements: string[] }> {
  const { executor: spy, reads: statements } = recordingReads(db());
  const result = await execute({
    schema,
    document: parse(query),
    contextValue: commandLineContext(spy, loadCatalog()),
  });
  expect(result.errors).toBeUndefined();
  return { data: result.data, statements };
}

const COUNTING = /COUNT \{ \(c:Customer\)-\[:ON_TENANT\]/;

describe('region statistics', () => {
  it('list the regions without counting, and count all regions once when asked', async () => {
    await importPath(db(), DEMO);
    const names = await run('{ regionStatistics(first: 100) { totalCount edges { node { region { name } } } } }');
    const listed = (names.data as { regionStatistics: { totalCount: number } }).regionStatistics.totalCount;
    expect(listed).toBe(15);
    expect(names.statements.some((text) => COUNTING.test(text))).toBe(false);

    const counted = await run(
      '{ regionStatistics(first: 100) { edges { node { region { name } partners customers openFindings } } } }',
    );
    expect(counted.statements.filter((text) => COUNTING.test(text))).toHaveLength(1);
    const rows = (
      counted.data as { regionStatistics: { edges: { node: { partners: number; customers: number } }[] } }
    ).regionStatistics.edges.map((edge) => edge.node);
    expect(rows.reduce((sum, row) => sum + row.customers, 0)).toBeGreaterThan(0);
    expect(rows.reduce((sum, row) => sum + row.partners, 0)).toBeGreaterThan(0);
  });
});
