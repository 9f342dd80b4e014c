// Every rule against its fixture, strictly both ways, and every other rule against the same data.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../server/import/import-path';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../server/model/graph-model';
import { loadCatalog, RULE_EXTENSION, RULES_DIR, type RuleDefinition } from '../../server/rules/catalog';
import { fixtureFileOf, type RuleFixture, readFixture } from '../../server/rules/rule-fixture';
import { type RuleRow, runRule } from '../../server/rules/run-rule';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const catalog = loadCatalog();
const cases = catalog.map((rule) => ({
  id: rule.id,
  rule,
  fixture: readFixture(fixtureFileOf(path.join(RULES_DIR, rule.id + RULE_EXTENSION))),
}));

const key = (subjects: readonly string[]) => JSON.stringify(subjects);
const NAMED_LABELS = new Set(['Partner', 'Customer', 'Organization']);

/** Everything docs/rules.md promises of one finding row, as a list of broken promises (empty when kept). */
function brokenPromises(rule: RuleDefinition, row: RuleRow): string[] {
  const broken: string[] = [];
  const nodeIds = row.nodes.map((node) => node.id);
  if (!rule.subjects.some((form) => form.length === row.subjects.length)) broken.push('subjects of no @subjects form');
  if (!/^[A-Z].*\.$/s.test(row.message)) broken.push('message is not a sentence');
  const named = row.nodes.filter((node) => NAMED_LABELS.has(node.label) && node.name);
  if (!named.some((node) => row.message.includes(`'${node.name}'`))) broken.push('message names no entity');
  for (const subject of row.subjects) if (!nodeIds.includes(subject)) broken.push(`subject ${subject} not in nodes`);
  if (new Set(nodeIds).size !== nodeIds.length) broken.push('a node is listed twice');
  for (const node of row.nodes) {
    if (!(NODE_LABELS as readonly string[]).includes(node.label)) broken.push(`node label ${node.label}`);
  }
  const edgeKeys = row.edges.map((edge) => key([edge.type, edge.from, edge.to]));
  if (new Set(edgeKeys).size !== edgeKeys.length) broken.push('an edge is listed twice');
  for (const edge of row.edges) {
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(edge.type)) broken.push(`edge type ${edge.type}`);
    if (!nodeIds.includes(edge.from) || !nodeIds.includes(edge.to)) {
      broken.push(`edge ${edge.type} ${edge.from} -> ${edge.to} leaves the nodes`);
    }
  }
  if (row.partnerId !== null && !nodeIds.includes(row.partnerId)) broken.push('partnerId not in nodes');
  if (row.region !== null && typeof row.region !== 'string') broken.push('region is not a string');
  return broken;
}

/** Findings missing from, and beyond, the expected subjects; an unexpected one shows its message. */
function compare(rows: RuleRow[], expected: readonly (readonly string[])[]) {
  const wanted = expected.map(key);
  const found = rows.map((row) => key(row.subjects));
  return {
    missing: wanted.filter((subjects) => !found.includes(subjects)).sort(),
    unexpected: rows
      .filter((row, i) => !wanted.includes(key(row.subjects)) || found.indexOf(key(row.subjects)) !== i)
      .map((row) => `${key(row.subjects)} ${row.message}`)
      .sort(),
  };
}

describe.each(cases)('$id', ({ rule, fixture }: { rule: RuleDefinition; fixture: RuleFixture }) => {
  const findings = new Map<string, RuleRow[]>();

  beforeAll(async () => {
    await clearGraph(db());
    await importDocument(db(), fixture.data, `${rule.id}.fixture.json`);
    for (const other of catalog) findings.set(other.id, await runRule(db(), other, fixture.asOf));
  });

  it('reports every expect case and nothing else', () => {
    const rows = findings.get(rule.id) ?? [];
    expect(
      compare(
        rows,
        fixture.expect.map((c) => c.subjects),
      ),
    ).toEqual({ missing: [], unexpected: [] });
  });

  it('reports none of the silent cases', () => {
    const reported = new Set((findings.get(rule.id) ?? []).map((row) => key(row.subjects)));
    const wrongly = fixture.silent.filter((c) => reported.has(key(c.subjects))).map((c) => c.case);
    expect(wrongly).toEqual([]);
  });

  it('makes no other rule fire beyond alsoExpect', () => {
    const surprises = catalog
      .filter((other) => other.id !== rule.id)
      .map((other) => {
        const expected = (fixture.alsoExpect ?? []).filter((c) => c.rule === other.id).map((c) => c.subjects);
        return { rule: other.id, ...compare(findings.get(other.id) ?? [], expected) };
      })
      .filter((result) => result.missing.length > 0 || result.unexpected.length > 0);
    expect(surprises).toEqual([]);
  });

  it('keeps the column contract in every finding of every rule', () => {
    const broken = catalog.flatMap((other) =>
      (findings.get(other.id) ?? []).flatMap((row) =>
        brokenPromises(other, row).map((promise) => `${other.id} ${key(row.subjects)}: ${promise}`),
      ),
    );
    expect(broken).toEqual([]);
    expect(findings.get(rule.id)?.length).toBeGreaterThan(0);
  });
});
