// Every rule's plan starts from an index or a label and never scans all nodes or multiplies unrelated rows.
import path from 'node:path';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../server/import/import-path';
import { RELATIONSHIP_TYPES } from '../../server/model/graph-model';
import { anchorsParameter } from '../../server/rules/anchors';
import { loadCatalog, RULES_DIR } from '../../server/rules/catalog';
import {
  catalogAnchoredParameters,
  catalogAnchoredStatement,
  catalogAnchorsParameters,
  catalogAnchorsStatement,
} from '../../server/rules/catalog-anchored';
import { fixtureFileOf, readFixture } from '../../server/rules/rule-fixture';
import { anchoredParameters, RuleRunError, runRule } from '../../server/rules/run-rule';
import { warmRulePlans } from '../../server/rules/warm-plans';
import { useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const catalog = loadCatalog();
const FORBIDDEN = ['AllNodesScan', 'CartesianProduct'];
/** Scans that read every node of a label (or a whole index); anchored runs must seek instead. */
const LABEL_SCANS = [
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'AllNodesScan',
  'NodeIndexScan',
];
const SEEKS = /^(NodeUniqueIndexSeek|NodeIndexSeek|MultiNodeIndexSeek|NodeByElementIdSeek|NodeByIdSeek)/;

type PlanNode = Pick<ProfiledPlan, 'operatorType' | 'arguments'> & { children: PlanNode[] };

/** The label-scan operators of a plan, with what they scan ("region:Region"). */
function labelScans(plan: PlanNode): string[] {
  const own = LABEL_SCANS.includes(plan.operatorType.split('@')[0] as string)
    ? [`${plan.operatorType.split('@')[0]} ${String(plan.arguments?.Details ?? '')}`]
    : [];
  return [...own, ...plan.children.flatMap(labelScans)];
}

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

  it.each(catalog.filter((rule) => rule.anchor.partCypher !== null))(
    '$id in parts of a full scan uses no AllNodesScan or CartesianProduct either',
    async (rule) => {
      const part = { index: neo4j.int(1), count: neo4j.int(2) };
      const result = await db().raw(`EXPLAIN ${rule.anchor.partCypher}`, { asOf: '2024-06-30', part });
      const used = operators(result.summary.plan as PlanNode);
      expect(used.filter((operator) => FORBIDDEN.includes(operator))).toEqual([]);
      expect(used).toContain('ProduceResults');
    },
  );
});

describe('planning ahead', () => {
  it("plans the what-if's two statements, every rule's anchored statement, anchor searches, whole-graph statement and part statement", async () => {
    const planned = await warmRulePlans(db(), catalog);
    const parts = catalog.filter((rule) => rule.anchor.partCypher).length;
    expect(parts).toBeGreaterThan(0);
    expect(planned.statements).toBe(2 + 4 * catalog.length + parts);
  });
});

// The region table (a few dozen countries and regions) is the only thing an anchored run may read whole.
const SMALL_TABLES = /:(Region|Country)\b/;

describe('anchored plans', () => {
  beforeAll(async () => {
    await importDocument(db(), readFixture(fixtureFileOf(path.join(RULES_DIR, 'cross-cloud-link.cypher'))).data);
  });

  it.each(catalog)('$id from anchors seeks its start points and scans no label', async (rule) => {
    const result = await db().raw(`EXPLAIN ${rule.anchor.anchoredCypher}`, anchoredParameters('2024-06-30', ['x']));
    const plan = result.summary.plan as PlanNode;
    const used = operators(plan);
    expect(used.filter((operator) => FORBIDDEN.includes(operator))).toEqual([]);
    expect(used.filter((operator) => SEEKS.test(operator)).length).toBeGreaterThanOrEqual(rule.anchor.starts.length);
    expect(labelScans(plan).filter((scan) => !SMALL_TABLES.test(scan))).toEqual([]);
  });

  it.each(catalog)('$id maps touched entities to anchors by seeks only', async (rule) => {
    const ids = { Partner: ['x'], Customer: ['x'], Tenant: ['x'], Organization: ['x'], Subscription: ['x'] };
    const everything = { ...ids, links: Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, ids])) };
    const touched = anchorsParameter(rule, everything);
    const result = await db().raw(`EXPLAIN ${rule.anchor.anchorsCypher}`, { asOf: '2024-06-30', touched });
    const plan = result.summary.plan as PlanNode;
    expect(operators(plan).filter((operator) => FORBIDDEN.includes(operator))).toEqual([]);
    expect(labelScans(plan)).toEqual([]);
  });

  it("the what-if's statements for the whole catalog seek as each rule's own do", async () => {
    const ids = { Partner: ['x'], Customer: ['x'], Tenant: ['x'], Organization: ['x'], Subscription: ['x'] };
    const everything = { ...ids, links: Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, ids])) };
    const searches = await db().raw(
      `EXPLAIN ${catalogAnchorsStatement(catalog)}`,
      catalogAnchorsParameters(catalog, everything, '2024-06-30'),
    );
    const searchPlan = searches.summary.plan as PlanNode;
    expect(operators(searchPlan).filter((operator) => FORBIDDEN.includes(operator))).toEqual([]);
    expect(labelScans(searchPlan)).toEqual([]);
    const anchors = new Map(catalog.map((rule) => [rule.id, ['x']]));
    const rules = await db().raw(
      `EXPLAIN ${catalogAnchoredStatement(catalog)}`,
      catalogAnchoredParameters(catalog, anchors, '2024-06-30'),
    );
    const rulesPlan = rules.summary.plan as PlanNode;
    const used = operators(rulesPlan);
    expect(used.filter((operator) => FORBIDDEN.includes(operator))).toEqual([]);
    const starts = catalog.reduce((sum, rule) => sum + rule.anchor.starts.length, 0);
    expect(used.filter((operator) => SEEKS.test(operator)).length).toBeGreaterThanOrEqual(starts);
    expect(labelScans(rulesPlan).filter((scan) => !SMALL_TABLES.test(scan))).toEqual([]);
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
