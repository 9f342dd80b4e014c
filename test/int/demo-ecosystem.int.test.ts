// The demo ecosystem: it imports cleanly and idempotently, and scanning it gives exactly its documented findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { type ImportResult, importPath } from '../../server/import/import-path';
import { loadCatalog, RULES_DOC } from '../../server/rules/catalog';
import { currentTable, SUBJECTS_TABLE } from '../../server/rules/rules-doc';
import { runRule } from '../../server/rules/run-rule';
import { graphSnapshot, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

const DEMO = path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json');
const EXPECTED = path.join(PROJECT_ROOT, 'data', 'demo', 'expected-findings.json');
/** The date expected-findings.json is written for (docs/demo.md). */
const AS_OF = '2026-06-30';

interface ExpectedFinding {
  rule: string;
  subjects: string[];
  story: string;
}

const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as ExpectedFinding[];
const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as Record<string, unknown>;
const catalog = loadCatalog();
/** Rule id -> its subject forms, from the headers (which docs/rules.md's tables are generated from). */
const contract = new Map(catalog.map((rule) => [rule.id, rule.subjects]));

/** What identifies a finding: its rule and its subjects in order. */
const findingKey = (rule: string, subjects: readonly string[]) => [rule, ...subjects].join('|');

/** Every id the demo document defines, whatever the collection. */
function demoIds(): Set<string> {
  const ids = new Set<string>();
  for (const records of Object.values(demo)) {
    if (!Array.isArray(records)) continue;
    for (const record of records as { id?: unknown }[]) if (typeof record.id === 'string') ids.add(record.id);
  }
  return ids;
}

const EXPECTED_COUNTS = {
  organizations: 15,
  ownerships: 3,
  tenants: 27,
  partners: 15,
  customers: 14,
  supplies: 12,
  resellerRelationships: 6,
  managementRelationships: 1,
  subscriptions: 13,
};

let firstImport: ImportResult;
let firstSnapshot = '';

beforeAll(async () => {
  firstImport = await importPath(db(), DEMO);
  firstSnapshot = await graphSnapshot(db());
});

describe('demo ecosystem import', () => {
  it('imports every record of every collection', () => {
    expect(firstImport.written).toBe(true);
    expect(firstImport.counts).toEqual(EXPECTED_COUNTS);
  });

  it('holds every record of the document in the graph', async () => {
    const [nodes] = await readRows(
      db(),
      z.record(z.string(), z.number()),
      `MATCH (n) WITH labels(n) AS labels
       RETURN sum(CASE WHEN 'Organization' IN labels THEN 1 ELSE 0 END) AS organizations,
              sum(CASE WHEN 'Tenant' IN labels THEN 1 ELSE 0 END) AS tenants,
              sum(CASE WHEN 'Partner' IN labels THEN 1 ELSE 0 END) AS partners,
              sum(CASE WHEN 'Customer' IN labels THEN 1 ELSE 0 END) AS customers,
              sum(CASE WHEN 'Subscription' IN labels THEN 1 ELSE 0 END) AS subscriptions`,
    );
    const [links] = await readRows(
      db(),
      z.record(z.string(), z.number()),
      `MATCH ()-[r]->() WITH type(r) AS type
       RETURN sum(CASE type WHEN 'OWNS' THEN 1 ELSE 0 END) AS ownerships,
              sum(CASE type WHEN 'SUPPLIES' THEN 1 ELSE 0 END) AS supplies,
              sum(CASE type WHEN 'SELLS_TO' THEN 1 ELSE 0 END) AS resellerRelationships,
              sum(CASE type WHEN 'MANAGES' THEN 1 ELSE 0 END) AS managementRelationships`,
    );
    expect({ ...nodes, ...links }).toEqual(EXPECTED_COUNTS);
  });

  it('changes nothing when imported a second time', async () => {
    await importPath(db(), DEMO);
    expect(await graphSnapshot(db())).toEqual(firstSnapshot);
  });
});

describe('expected findings of the demo', () => {
  it('cover every rule of the contract', () => {
    expect(contract.size).toBe(13);
    const covered = new Set(expected.map((finding) => finding.rule));
    expect([...contract.keys()].filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('name known rules, with subjects of a documented form that the demo defines', () => {
    const ids = demoIds();
    for (const finding of expected) {
      const lengths = (contract.get(finding.rule) ?? []).map((form) => form.length);
      expect(lengths, finding.story).toContain(finding.subjects.length);
      expect(
        finding.subjects.filter((id) => !ids.has(id)),
        finding.story,
      ).toEqual([]);
      expect(finding.story).not.toBe('');
    }
  });

  it('list each finding once', () => {
    const keys = expected.map((finding) => findingKey(finding.rule, finding.subjects));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe(`scanning the demo as of ${AS_OF}`, () => {
  it('runs the whole documented catalog: one rule file per rule docs/rules.md lists', () => {
    const table = currentTable(readFileSync(RULES_DOC, 'utf8'), SUBJECTS_TABLE) ?? '';
    const documented = table
      .split('\n')
      .slice(2)
      .map((row) => (row.split('|')[1] ?? '').trim());
    expect(catalog.map((rule) => rule.id).sort()).toEqual(documented.sort());
  });

  it.each(catalog.map((rule) => [rule.id, rule] as const))(
    '%s reports exactly its expected findings',
    async (id, rule) => {
      const reported = (await runRule(db(), rule, AS_OF)).map((row) => findingKey(id, row.subjects));
      const wanted = expected.filter((finding) => finding.rule === id).map((f) => findingKey(f.rule, f.subjects));
      expect(new Set(reported).size, 'a finding reported twice').toBe(reported.length);
      expect(
        wanted.filter((key) => !reported.includes(key)),
        'expected but not reported',
      ).toEqual([]);
      expect(
        reported.filter((key) => !wanted.includes(key)),
        'reported but not expected',
      ).toEqual([]);
    },
  );
});
