// Proven equal: on generated ecosystems, after each random change, re-checking only the anchors the change touched
// (carrying every other finding over) gives exactly the findings of a whole-graph run, for every as-of date tried; so
// do the what-if's statements for the whole catalog at the anchors they find.
// CSP_RECHECK_SEEDS and CSP_RECHECK_DATES (comma-separated), CSP_RECHECK_CUSTOMERS and CSP_RECHECK_CHANGES make
// longer runs; a failure names the seed, the step and the change, which replay it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { cypherInt, type Executor } from '../../server/db/executor';
import { DATA_FOLDER, generateEcosystem } from '../../server/generate/generate-ecosystem';
import { createRandom, type Random } from '../../server/generate/prng';
import { importPath } from '../../server/import/import-path';
import { defaultRegionTable, loadRegionTable } from '../../server/regions/region-table';
import { anchorOfSubjects, anchorsOf, recheckRule, type Touched } from '../../server/rules/anchors';
import { loadCatalog } from '../../server/rules/catalog';
import { anchorsOfCatalog, runCatalogAnchored } from '../../server/rules/catalog-anchored';
import { type RuleRow, runRule } from '../../server/rules/run-rule';
import { findingKey } from '../../server/scan/finding';
import { day, formatDay } from '../../server/shared/dates';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const catalog = loadCatalog();
const SEEDS = (process.env.CSP_RECHECK_SEEDS ?? 'recheck-1,recheck-2').split(',');
const CUSTOMERS = Number(process.env.CSP_RECHECK_CUSTOMERS ?? 2000);
/** By default each kind of change once per seed. */
const CHANGES = Number(process.env.CSP_RECHECK_CHANGES ?? 17);
/** Before most of the graph and the generator's own as-of date (CSP_RECHECK_DATES adds more). */
const AS_OF_DATES = (process.env.CSP_RECHECK_DATES ?? '2023-01-15,2025-06-30').split(',');
/** The region table in the database, as the changes leave it. */
let regionTable = defaultRegionTable();
const out = mkdtempSync(path.join(os.tmpdir(), 'csp-recheck-'));
afterAll(async () => {
  rmSync(out, { recursive: true, force: true });
  // The region table outlives a cleared graph: the next test files need the shipped one.
  await loadRegionTable(db(), defaultRegionTable());
});

/** A change applied to the graph, described for replay, with the entities it touched. */
interface Change {
  describe: string;
  touched: Touched;
}

type Findings = Map<string, Map<string, string>>;

/** A rule's rows by finding key, each with everything a finding shows. */
function byKey(ruleId: string, rows: readonly RuleRow[]): Map<string, string> {
  return new Map(rows.map((row) => [findingKey(ruleId, row.subjects), JSON.stringify(row)]));
}

async function wholeGraph(executor: Executor, asOf: string): Promise<Findings> {
  const findings: Findings = new Map();
  for (const rule of catalog) findings.set(rule.id, byKey(rule.id, await runRule(executor, rule, asOf)));
  return findings;
}

async function one<S extends z.ZodType>(
  executor: Executor,
  row: S,
  query: string,
  params: Record<string, unknown> = {},
): Promise<z.output<S> | undefined> {
  return (await readRows(executor, row, query, params))[0];
}

/** A random existing entity id of a label (or matching a pattern), or undefined when there is none. */
async function pick(executor: Executor, random: Random, label: string): Promise<string | undefined> {
  const count = (await one(executor, z.object({ n: z.number() }), `MATCH (n:${label}) RETURN count(n) AS n`))?.n ?? 0;
  if (count === 0) return undefined;
  return (
    await one(
      executor,
      z.object({ id: z.string() }),
      `MATCH (n:${label}) RETURN n.id AS id ORDER BY n.id SKIP $skip LIMIT 1`,
      {
        skip: cypherInt(random.int(0, count - 1)),
      },
    )
  )?.id;
}

/** A random relationship of a type, with its ends' ids and labels. */
async function pickLink(executor: Executor, random: Random, type: string) {
  const count =
    (await one(executor, z.object({ n: z.number() }), `MATCH ()-[r:${type}]->() RETURN count(r) AS n`))?.n ?? 0;
  if (count === 0) return undefined;
  return one(
    executor,
    z.object({ id: z.string(), from: z.string(), to: z.string() }),
    `MATCH (a)-[r:${type}]->(b) RETURN elementId(r) AS id, a.id AS from, b.id AS to ORDER BY a.id, b.id, elementId(r)
     SKIP $skip LIMIT 1`,
    { skip: cypherInt(random.int(0, count - 1)) },
  );
}

function randomDate(random: Random): string {
  return formatDay(day('2019-06-01') + random.int(0, 2600));
}

/** Relationship kinds between a partner and another entity that can be added, ended or removed. */
const LINKS = {
  resellerRelationship: { type: 'SELLS_TO', to: 'Customer' },
  supply: { type: 'SUPPLIES', to: 'Partner' },
  managementRelationship: { type: 'MANAGES', to: 'Customer' },
} as const;

type ChangeKind = (executor: Executor, random: Random) => Promise<Change | undefined>;

function linkChanges(name: keyof typeof LINKS): ChangeKind[] {
  const { type, to } = LINKS[name];
  const ends = (from: string, target: string): Touched => ({
    links: { [type]: to === 'Partner' ? { Partner: [from, target] } : { Partner: [from], Customer: [target] } },
  });
  return [
    async (executor, random) => {
      const from = await pick(executor, random, 'Partner');
      const target = await pick(executor, random, to);
      if (!from || !target || from === target) return undefined;
      const since = randomDate(random);
      await executor.write(
        `MATCH (a:Partner {id: $from}), (b:${to} {id: $target})
         CREATE (a)-[:${type} {since: date($since), kind: 'gdap'}]->(b)`,
        { from, target, since },
      );
      return { describe: `add ${name} ${from} -> ${target} since ${since}`, touched: ends(from, target) };
    },
    async (executor, random) => {
      const link = await pickLink(executor, random, type);
      if (!link) return undefined;
      const until = randomDate(random);
      await executor.write(
        `MATCH ()-[r]->() WHERE elementId(r) = $id SET r.until = CASE WHEN date($until) > r.since THEN date($until) ELSE r.since + duration('P1D') END`,
        { id: link.id, until },
      );
      return { describe: `end ${name} ${link.from} -> ${link.to} on ${until}`, touched: ends(link.from, link.to) };
    },
    async (executor, random) => {
      const link = await pickLink(executor, random, type);
      if (!link) return undefined;
      await executor.write('MATCH ()-[r]->() WHERE elementId(r) = $id DELETE r', { id: link.id });
      return { describe: `remove ${name} ${link.from} -> ${link.to}`, touched: ends(link.from, link.to) };
    },
  ];
}

const CHANGE_KINDS: ChangeKind[] = [
  ...linkChanges('resellerRelationship'),
  ...linkChanges('supply'),
  ...linkChanges('managementRelationship'),
  // A subscription: for a customer, billed by a partner, perhaps with a reseller of record and a tenant of its own.
  async (executor, random) => {
    const customer = await pick(executor, random, 'Customer');
    const billedBy = await pick(executor, random, 'Partner');
    const reseller = random.chance(0.6) ? await pick(executor, random, 'Partner') : undefined;
    const tenant = random.chance(0.3) ? await pick(executor, random, 'Tenant') : undefined;
    if (!customer || !billedBy) return undefined;
    const id = `s-change-${random.uint32()}`;
    const createdOn = randomDate(random);
    await executor.write(
      `MATCH (c:Customer {id: $customer}), (b:Partner {id: $billedBy})
       CREATE (s:Subscription {id: $id, offerName: 'Proposed', createdOn: date($createdOn), status: 'active'})
       CREATE (s)-[:FOR]->(c), (s)-[:BILLED_BY]->(b)
       WITH s
       OPTIONAL MATCH (r:Partner {id: $reseller})
       OPTIONAL MATCH (t:Tenant {id: $tenant})
       FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | CREATE (s)-[:RESELLER_OF_RECORD]->(r))
       FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (s)-[:PROVISIONED_ON]->(t))`,
      { id, customer, billedBy, reseller: reseller ?? null, tenant: tenant ?? null, createdOn },
    );
    return {
      describe: `add subscription ${id} for ${customer} billed by ${billedBy}, reseller ${reseller}, tenant ${tenant}, created ${createdOn}`,
      touched: {
        Subscription: [id],
        links: {
          FOR: { Subscription: [id], Customer: [customer] },
          BILLED_BY: { Subscription: [id], Partner: [billedBy] },
          RESELLER_OF_RECORD: { Subscription: [id], Partner: reseller ? [reseller] : [] },
          PROVISIONED_ON: { Subscription: [id], Tenant: tenant ? [tenant] : [] },
        },
      },
    };
  },
  // Removing a subscription removes its relationships: their ends are touched.
  async (executor, random) => {
    const id = await pick(executor, random, 'Subscription');
    if (!id) return undefined;
    const ends = await one(
      executor,
      z.object({
        customers: z.array(z.string()),
        billedBy: z.array(z.string()),
        resellers: z.array(z.string()),
        tenants: z.array(z.string()),
      }),
      `MATCH (s:Subscription {id: $id})
       RETURN COLLECT { MATCH (s)-[:FOR]->(c) RETURN c.id } AS customers,
              COLLECT { MATCH (s)-[:BILLED_BY]->(p) RETURN p.id } AS billedBy,
              COLLECT { MATCH (s)-[:RESELLER_OF_RECORD]->(p) RETURN p.id } AS resellers,
              COLLECT { MATCH (s)-[:PROVISIONED_ON]->(t) RETURN t.id } AS tenants`,
      { id },
    );
    await executor.write('MATCH (s:Subscription {id: $id}) DETACH DELETE s', { id });
    return {
      describe: `remove subscription ${id}`,
      touched: {
        Subscription: [id],
        links: {
          FOR: { Subscription: [id], Customer: ends?.customers },
          BILLED_BY: { Subscription: [id], Partner: ends?.billedBy },
          RESELLER_OF_RECORD: { Subscription: [id], Partner: ends?.resellers },
          PROVISIONED_ON: { Subscription: [id], Tenant: ends?.tenants },
        },
      },
    };
  },
  // Ownership: a stake added (controlling or not), or removed.
  async (executor, random) => {
    const owner = await pick(executor, random, 'Organization');
    const owned = await pick(executor, random, 'Organization');
    if (!owner || !owned || owner === owned) return undefined;
    const share = random.pick([0.3, 0.5, 0.51, 1]);
    const directs = random.chance(0.2);
    await executor.write(
      `MATCH (a:Organization {id: $owner}), (b:Organization {id: $owned})
       CREATE (a)-[:OWNS {share: $share, directsManagement: $directs, since: date('2020-01-01')}]->(b)`,
      { owner, owned, share, directs },
    );
    return {
      describe: `add ownership ${owner} -> ${owned} share ${share} directs ${directs}`,
      touched: { links: { OWNS: { Organization: [owner, owned] } } },
    };
  },
  async (executor, random) => {
    const link = await pickLink(executor, random, 'OWNS');
    if (!link) return undefined;
    await executor.write('MATCH ()-[r]->() WHERE elementId(r) = $id DELETE r', { id: link.id });
    return {
      describe: `remove ownership ${link.from} -> ${link.to}`,
      touched: { links: { OWNS: { Organization: [link.from, link.to] } } },
    };
  },
  // A partner role granted or withdrawn.
  async (executor, random) => {
    const id = await pick(executor, random, 'Partner');
    if (!id) return undefined;
    const role = random.pick(['IndirectProvider', 'IndirectReseller', 'DirectBill']);
    const add = random.chance(0.5);
    await executor.write(`MATCH (p:Partner {id: $id}) ${add ? 'SET' : 'REMOVE'} p:${role}`, { id });
    return { describe: `${add ? 'grant' : 'withdraw'} role ${role} of ${id}`, touched: { Partner: [id] } };
  },
  // An MPA, onboarding or enrolment date set, moved or cleared.
  async (executor, random) => {
    const id = await pick(executor, random, 'Partner');
    if (!id) return undefined;
    const field = random.pick(['mpaSignedOn', 'onboardedOn', 'enrolledOn']);
    const value = random.chance(0.2) ? null : randomDate(random);
    await executor.write(
      `MATCH (p:Partner {id: $id}) SET p.${field} = CASE WHEN $value IS NULL THEN null ELSE date($value) END`,
      { id, value },
    );
    return { describe: `set ${field} of ${id} to ${value}`, touched: { Partner: [id] } };
  },
  // A tenant moved to another country (perhaps another region).
  async (executor, random) => {
    const id = await pick(executor, random, 'Tenant');
    const country = await pickCountry(executor, random);
    if (!id || !country) return undefined;
    await executor.write(
      `MATCH (t:Tenant {id: $id}) OPTIONAL MATCH (t)-[old:IN_COUNTRY]->() DELETE old
       WITH DISTINCT t MATCH (c:Country {code: $country}) CREATE (t)-[:IN_COUNTRY]->(c)`,
      { id, country },
    );
    return { describe: `move tenant ${id} to ${country}`, touched: { Tenant: [id] } };
  },
  // A region-table reload (the product's own) that moves a country to another region: the partners and tenants
  // there are touched.
  async (executor, random) => {
    const country = await pickCountry(executor, random);
    if (!country) return undefined;
    const regions = [...new Set(regionTable.rows.map((row) => row.region))].sort();
    const region = random.pick(regions);
    const touched = await one(
      executor,
      z.object({ partners: z.array(z.string()), tenants: z.array(z.string()) }),
      `MATCH (c:Country {code: $country})
       RETURN COLLECT { MATCH (c)<-[:IN_COUNTRY]-(p:Partner) RETURN p.id } AS partners,
              COLLECT { MATCH (c)<-[:IN_COUNTRY]-(t:Tenant) RETURN t.id } AS tenants`,
      { country },
    );
    regionTable = {
      ...regionTable,
      rows: regionTable.rows.map((row) => (row.code === country ? { ...row, region } : row)),
    };
    await loadRegionTable(executor, regionTable);
    return {
      describe: `reload the region table with ${country} in ${region}`,
      touched: { Partner: touched?.partners, Tenant: touched?.tenants },
    };
  },
];

async function pickCountry(executor: Executor, random: Random): Promise<string | undefined> {
  const countries = await readRows(
    executor,
    z.object({ code: z.string() }),
    'MATCH (c:Country)<-[:IN_COUNTRY]-() RETURN DISTINCT c.code AS code ORDER BY code',
  );
  return countries.length === 0 ? undefined : random.pick(countries).code;
}

/** What differs between the incremental and the whole-graph findings of one rule, for the failure message. */
function difference(incremental: Map<string, string>, whole: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [key, row] of whole) if (incremental.get(key) !== row) lines.push(`whole only: ${row}`);
  for (const [key, row] of incremental) if (whole.get(key) !== row) lines.push(`incremental only: ${row}`);
  return lines;
}

describe.each(SEEDS)('re-checking from anchors on the ecosystem of seed %s', (seed) => {
  it(`equals a whole-graph run after each of ${CHANGES} random changes, as do the parts of a split rule`, async () => {
    const dir = path.join(out, seed);
    await generateEcosystem({ customers: CUSTOMERS, seed, out: dir, violationRate: 0.02, asOf: '2025-06-30' });
    await clearGraph(db());
    await importPath(db(), path.join(dir, DATA_FOLDER));
    const random = createRandom(`${seed}-changes`);
    let current = new Map<string, Findings>();
    for (const asOf of AS_OF_DATES) current.set(asOf, await wholeGraph(db(), asOf));
    // Every kind in turn, then at random: each kind is tried on every seed.
    for (let step = 0; step < CHANGES; step++) {
      const kind = step < CHANGE_KINDS.length ? CHANGE_KINDS[step] : random.pick(CHANGE_KINDS);
      const change = await kind?.(db(), random);
      if (!change) continue;
      const next = new Map<string, Findings>();
      for (const asOf of AS_OF_DATES) {
        const whole = await wholeGraph(db(), asOf);
        const problems: string[] = [];
        for (const rule of catalog) {
          const before = [...(current.get(asOf)?.get(rule.id)?.values() ?? [])].map((row) => JSON.parse(row));
          const rows = await db().readTransaction((tx) => recheckRule(tx, rule, before, change.touched, asOf));
          const lines = difference(byKey(rule.id, rows), whole.get(rule.id) ?? new Map());
          if (lines.length > 0) problems.push(`${rule.id}:\n  ${lines.join('\n  ')}`);
        }
        const where = `seed ${seed}, ${CUSTOMERS} customers, step ${step}: ${change.describe}; as of ${asOf}; touched ${JSON.stringify(change.touched)}`;
        expect(problems, where).toEqual([]);
        // The what-if's two statements for the whole catalog: each rule's anchors are those of its own search, and
        // its rows there are the whole graph's findings at those anchors.
        const merged = await db().readTransaction(async (tx) => {
          const anchors = await anchorsOfCatalog(tx, catalog, change.touched, asOf);
          return { anchors, rows: await runCatalogAnchored(tx, catalog, anchors, asOf) };
        });
        for (const rule of catalog) {
          const own = await db().readTransaction((tx) => anchorsOf(tx, rule, change.touched, asOf));
          const anchors = merged.anchors.get(rule.id);
          expect(anchors, `${where}: ${rule.id}'s anchors, searched with the catalog`).toEqual(own);
          const at = new Set(anchors);
          const expected = new Map(
            [...(whole.get(rule.id) ?? new Map<string, string>())].filter(([, row]) =>
              at.has(anchorOfSubjects(rule, (JSON.parse(row) as RuleRow).subjects)),
            ),
          );
          const rows = byKey(rule.id, merged.rows.get(rule.id) ?? []);
          expect(difference(rows, expected), `${where}: ${rule.id} run with the catalog`).toEqual([]);
        }
        next.set(asOf, whole);
      }
      current = next;
    }
    // A full scan may split a rule over sessions by node id: its parts together find exactly the whole statement's
    // rows, each once.
    const split = catalog.filter((rule) => rule.anchor.partCypher !== null);
    expect(split.map((rule) => rule.id)).toContain('cross-region-sale');
    let compared = 0;
    for (const asOf of AS_OF_DATES) {
      for (const rule of split) {
        const whole = byKey(rule.id, await runRule(db(), rule, asOf));
        compared += whole.size;
        for (const count of [2, 3]) {
          const rows: RuleRow[] = [];
          for (let index = 0; index < count; index++)
            rows.push(...(await runRule(db(), rule, asOf, { part: { index, count } })));
          expect(rows, `${rule.id} in ${count} parts as of ${asOf}`).toHaveLength(whole.size);
          expect(difference(byKey(rule.id, rows), whole), `${rule.id} in ${count} parts as of ${asOf}`).toEqual([]);
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  }, 900_000);
});
