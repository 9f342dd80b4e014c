// The scan benchmark's TypeScript baseline of the rules finds exactly what the Cypher rules find, rule by rule: on
// the demo ecosystem, on every rule fixture and on a generated ecosystem. It sits beside the baseline so that no
// product test imports from bench/; the integration project of vitest.config.ts runs it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { generateEcosystem, type Manifest } from '../../server/generate/generate-ecosystem';
import { importDocument, importPath } from '../../server/import/import-path';
import { loadCatalog, RULE_EXTENSION, RULES_DIR } from '../../server/rules/catalog';
import { fixtureFileOf, readFixture } from '../../server/rules/rule-fixture';
import { runScan } from '../../server/scan/run-scan';
import { clearGraph, useTestDatabase } from '../../test/support/test-database';
import type { BaselineGraph } from './baseline-graph';
import { BASELINE_RULE_IDS, evaluateRules } from './evaluate-rules';
import { readGraph } from './read-graph';

const db = useTestDatabase();
const catalog = loadCatalog();

/** Rule id -> the sorted subjects of its findings, each joined by '|'. */
type FindingsByRule = Record<string, string[]>;

function byRule(found: Iterable<{ ruleId: string; subjects: readonly string[] }>): FindingsByRule {
  const sets = new Map<string, Set<string>>(catalog.map((rule) => [rule.id, new Set()]));
  for (const { ruleId, subjects } of found) sets.get(ruleId)?.add(subjects.join('|'));
  return Object.fromEntries([...sets].map(([ruleId, subjects]) => [ruleId, [...subjects].sort()]));
}

async function cypherFindings(asOf: string): Promise<FindingsByRule> {
  return byRule((await runScan(db(), catalog, { asOf })).findings);
}

/** Small, so that the generated ecosystem is read in many pages. */
const PAGE_SIZE = 100;

function baselineFindings(graph: BaselineGraph, asOf: string): FindingsByRule {
  const results = evaluateRules(graph, asOf);
  return byRule(results.flatMap(({ ruleId, subjects }) => subjects.map((one) => ({ ruleId, subjects: one }))));
}

/** The rules whose findings differ, with what only one side found. */
function differences(cypher: FindingsByRule, baseline: FindingsByRule) {
  return catalog
    .map(({ id }) => ({
      rule: id,
      onlyCypher: (cypher[id] ?? []).filter((subjects) => !baseline[id]?.includes(subjects)),
      onlyBaseline: (baseline[id] ?? []).filter((subjects) => !cypher[id]?.includes(subjects)),
    }))
    .filter((diff) => diff.onlyCypher.length > 0 || diff.onlyBaseline.length > 0);
}

it('covers every rule of the catalog', () => {
  expect(catalog.map((rule) => rule.id).sort()).toEqual(BASELINE_RULE_IDS);
});

describe('the demo ecosystem as of 2026-06-30', () => {
  it('gives the same findings both ways', async () => {
    await clearGraph(db());
    await importPath(db(), path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json'));
    const cypher = await cypherFindings('2026-06-30');
    expect(Object.values(cypher).flat().length).toBeGreaterThan(0);
    expect(differences(cypher, baselineFindings(await readGraph(db(), PAGE_SIZE), '2026-06-30'))).toEqual([]);
  });
});

describe.each(catalog.map((rule) => ({ id: rule.id })))('the fixture of $id', ({ id }) => {
  it('gives the same findings both ways', async () => {
    const fixture = readFixture(fixtureFileOf(path.join(RULES_DIR, id + RULE_EXTENSION)));
    await clearGraph(db());
    await importDocument(db(), fixture.data, `${id}.fixture.json`);
    const cypher = await cypherFindings(fixture.asOf);
    expect(cypher[id]?.length).toBeGreaterThan(0);
    expect(differences(cypher, baselineFindings(await readGraph(db(), PAGE_SIZE), fixture.asOf))).toEqual([]);
  });
});

describe('a generated ecosystem of 3,000 customers', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'csp-baseline-'));
  let manifest: Manifest;
  let graph: BaselineGraph | undefined;

  beforeAll(async () => {
    manifest = await generateEcosystem({
      customers: 3000,
      seed: 'baseline',
      out,
      violationRate: 0.005,
      asOf: '2025-06-30',
    });
    await clearGraph(db());
    await importPath(db(), path.join(out, manifest.data));
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reads every record the manifest counts, across pages', async () => {
    graph = await readGraph(db(), PAGE_SIZE);
    expect({
      tenants: graph.tenants.length,
      partners: graph.partners.length,
      customers: graph.customers.length,
      subscriptions: graph.subscriptions.length,
      supplies: graph.supplies.length,
      resellerRelationships: graph.sales.length,
      managementRelationships: graph.managements.length,
      ownerships: graph.stakes.length,
    }).toEqual({
      tenants: manifest.counts.tenants,
      partners: manifest.counts.partners,
      customers: manifest.counts.customers,
      subscriptions: manifest.counts.subscriptions,
      supplies: manifest.counts.supplies,
      resellerRelationships: manifest.counts.resellerRelationships,
      managementRelationships: manifest.counts.managementRelationships,
      ownerships: manifest.counts.ownerships,
    });
  });

  it('gives the same findings both ways, with findings of every rule', async () => {
    const cypher = await cypherFindings(manifest.asOf);
    expect(Object.entries(cypher).filter(([, subjects]) => subjects.length === 0)).toEqual([]);
    expect(differences(cypher, baselineFindings(graph ?? (await readGraph(db(), PAGE_SIZE)), manifest.asOf))).toEqual(
      [],
    );
  });
});
