// An import that grows the graph several times over refreshes Neo4j's statistics before it returns, so the scan that
// follows is planned on the graph as it is: the rules reach relationships from their start points instead of seeking
// a date index that the last sample saw empty. A small import or one that adds little leaves the plans alone.
import { describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor';
import { DEFAULT_AS_OF } from '../../server/generate/shape';
import { graphElements, STALE_MIN_ELEMENTS } from '../../server/graph/planner-statistics';
import { type ImportPhase, importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { useGeneratedEcosystem } from '../support/generated-ecosystem';
import { planOperators } from '../support/plan-operators';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
// Large enough to pass STALE_MIN_ELEMENTS (about 17 nodes and relationships a customer).
const dataPath = useGeneratedEcosystem({ customers: 4_000, seed: 'planner-statistics' });

/** The phases an import of the generated ecosystem went through (it must be written). */
async function importPhases(executor: Executor = db()): Promise<ImportPhase[]> {
  const phases = new Set<ImportPhase>();
  const result = await importPath(executor, dataPath(), { onProgress: ({ phase }) => phases.add(phase) });
  expect(result.written).toBe(true);
  return [...phases];
}

/** The operators of the plan Neo4j would run for the full scan of a rule now. */
async function ruleOperators(ruleId: string): Promise<string[]> {
  const rule = loadCatalog().find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`No rule ${ruleId}`);
  return planOperators(db(), rule.cypher, { asOf: DEFAULT_AS_OF });
}

describe('statistics after an import', () => {
  it('are fresh for the scan after a first import: no rule statement seeks a date index per start point', async () => {
    await clearGraph(db());
    // A plan made on the graph as it is before the import, as a scan of the earlier graph leaves in the cache.
    await ruleOperators('cross-region-sale');
    expect(await importPhases()).toContain('sampling');
    expect(await graphElements(db())).toBeGreaterThanOrEqual(STALE_MIN_ELEMENTS);
    const operators = await ruleOperators('cross-region-sale');
    expect(operators).toContain('NodeByLabelScan');
    expect(operators.filter((operator) => /RelationshipIndex(Seek|Scan)/.test(operator))).toEqual([]);
  });

  it('leave the import done when Neo4j refuses to refresh them: its records are committed', async () => {
    await clearGraph(db());
    const refusing: Executor = {
      ...db(),
      read: (query, params, options) =>
        query.includes('db.prepareForReplanning')
          ? Promise.reject(new Error('not allowed to this user'))
          : db().read(query, params, options),
    };
    expect(await importPhases(refusing)).toContain('sampling');
    expect(await graphElements(db())).toBeGreaterThanOrEqual(STALE_MIN_ELEMENTS);
  });

  it('are left alone by an import that adds little', async () => {
    // The same data again: nothing grows.
    expect(await importPhases()).not.toContain('sampling');
  });
});
