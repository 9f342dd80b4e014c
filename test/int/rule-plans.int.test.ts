// Every rule's plan starts from an index or a label and never scans all nodes or multiplies unrelated rows.
import path from 'node:path';
import type { ProfiledPlan } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../server/import/import-path';
import { loadCatalog, RULES_DIR } from '../../server/rules/catalog';
import { fixtureFileOf, readFixture } from '../../server/rules/rule-fixture';
import { RuleRunError, runRule } from '../../server/rules/run-rule';
import { useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const catalog = loadCatalog();
const FORBIDDEN = ['AllNodesScan', 'CartesianProduct'];

type PlanNode = Pick<ProfiledPlan, 'operatorType'> & { children: PlanNode[] };

function operators(plan: PlanNode): string[] {
  // Operator names carry the runtime after an @ (e.g. "AllNodesScan@neo4j").
  return [plan.operatorType.split('@')[0] as string, ...plan.children.flatMap(operators)];
}

describe('rule plans', () => {
  beforeAll(async () => {
    // Statistics shape plans: plan on data that has every kind of node and relationship.
    await importDocument(db(), readFixture(fixtureFileOf(path.join(RULES_DIR, 'cross-cloud-link.cypher'))).data);
  });

  it.each(catalog)('$id uses no AllNodesScan or CartesianProduct', async (rule) => {
    const result = await db().raw(`EXPLAIN ${rule.cypher}`, { asOf: '2024-06-30' });
    const plan = result.summary.plan;
    expect(plan).toBeTruthy();
    const used = operators(plan as PlanNode);
    expect(used.filter((operator) => FORBIDDEN.includes(operator))).toEqual([]);
    expect(used).toContain('ProduceResults');
  });
});

describe('runRule', () => {
  const rule = () => catalog.find((candidate) => candidate.id === 'provider-direct-sale') as (typeof catalog)[number];

  it('returns the typed rows of the rule as of the date', async () => {
    const rows = await runRule(db(), rule(), '2024-06-30');
    expect(rows).toEqual([]);
  });

  it('refuses an as-of date that is not a real date', async () => {
    await expect(runRule(db(), rule(), '2024-02-30')).rejects.toThrow(RuleRunError);
    await expect(runRule(db(), rule(), 'yesterday')).rejects.toThrow(/must be a real date written YYYY-MM-DD/);
  });

  it('names the rule when its query fails', async () => {
    const broken = { ...rule(), cypher: 'RETURN date($asOf) AS asOf, 1 / 0 AS x' };
    await expect(runRule(db(), broken, '2024-06-30')).rejects.toThrow(
      /^Rule provider-direct-sale \(cypher\/rules\/provider-direct-sale\.cypher\) failed: /,
    );
  });
});
