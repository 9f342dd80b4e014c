// The flagged members of a network's groups against their definition, on a generated ecosystem with a recorded scan:
// for every group of every network tried, the members (all neighbours of the hub over the group's relationship type
// and direction, of its kind, drawn or not) that an open finding concerns, and the worst severity among those
// findings. The networks start from the largest partners (whose groups hold thousands of members), from resellers
// supplied by a flagged provider, and from a reseller given a flagged customer that another reseller sells to as well
// (a member with more relationships of its group's type than the network has hubs is looked at from the hubs).
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandLineContext } from '../../server/api/context';
import { groupMembers } from '../../server/api/data/group-members';
import { buildNetwork, groupViolations } from '../../server/api/data/network';
import { ENTITY_KINDS, type EntityKind } from '../../server/api/data/rows';
import { maxSeverity } from '../../server/api/loaders';
import { readRows } from '../../server/db/checked-rows';
import { DEFAULT_AS_OF } from '../../server/generate/shape';
import { importDocument, importPath } from '../../server/import/import-path';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../server/model/graph-model';
import { loadCatalog } from '../../server/rules/catalog';
import { SEVERITIES } from '../../server/scan/finding';
import { runScan } from '../../server/scan/run-scan';
import { recordScan } from '../../server/scan/scan-history';
import { useGeneratedEcosystem } from '../support/generated-ecosystem';
import { useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
// A high violation rate, so that many groups hold flagged members.
const dataPath = useGeneratedEcosystem({ customers: 2_000, seed: 'group-violations', violationRate: 0.05 });

beforeAll(async () => {
  await importPath(db(), dataPath());
  await recordScan(db(), await runScan(db(), loadCatalog(), { asOf: DEFAULT_AS_OF }));
}, 300_000);

const expectedRow = z.object({
  flagged: z.number(),
  severities: z.array(z.enum(SEVERITIES)),
  widest: z.number().nullable(),
});

/** A group's flagged members and their findings' severities, by definition; `widest`: the most relationships of the
 * group's type and direction that one flagged member has. */
async function expected(group: { hubElementId: string; relationship: string; hubIsSource: boolean; kind: string }) {
  // The type and label are checked against the model's lists before they enter the statement.
  expect(RELATIONSHIP_TYPES).toContain(group.relationship);
  expect(ENTITY_KINDS).toContain(group.kind);
  const link = group.hubIsSource
    ? `(a)-[:${group.relationship}]->(m:${group.kind})`
    : `(a)<-[:${group.relationship}]-(m:${group.kind})`;
  const [row] = await readRows(
    db(),
    expectedRow,
    `MATCH (a) WHERE elementId(a) = $hub
     MATCH ${link}
     MATCH (f:Finding {status: 'open'})-[:CONCERNS]->(m)
     RETURN count(DISTINCT m) AS flagged, collect(f.severity) AS severities,
            max(COUNT { ${group.hubIsSource ? `(m)<-[:${group.relationship}]-()` : `(m)-[:${group.relationship}]->()`} }) AS widest`,
    { hub: group.hubElementId },
  );
  return row as z.infer<typeof expectedRow>;
}

describe("a network's groups", () => {
  it('flag the members open findings concern, with the worst severity, for large and small hubs', async () => {
    const roots = await readRows(
      db(),
      z.object({ id: z.string() }),
      `CALL () { MATCH (p:Partner) RETURN p ORDER BY COUNT { (p)--() } DESC LIMIT 2 }
       RETURN p.id AS id
       UNION
       MATCH (f:Finding {status: 'open'})-[:CONCERNS]->(:IndirectProvider)-[:SUPPLIES]->(p:IndirectReseller)
       WITH DISTINCT p ORDER BY p.id LIMIT 4
       RETURN p.id AS id`,
    );
    expect(roots.length).toBeGreaterThanOrEqual(4);
    // A flagged customer that another partner, with a group of customers too large to draw, sells to as well: in that
    // partner's network the customer has more reseller relationships than the network has hubs.
    const [pair] = await readRows(
      db(),
      z.object({ partnerId: z.string(), customerId: z.string() }),
      `MATCH (:Finding {status: 'open'})-[:CONCERNS]->(c:Customer)
       WITH DISTINCT c ORDER BY c.id LIMIT 1
       MATCH (p:IndirectReseller) WHERE COUNT { (p)-[:SELLS_TO]->() } > 10 AND NOT (p)-[:SELLS_TO]->(c)
       RETURN p.id AS partnerId, c.id AS customerId ORDER BY p.id LIMIT 1`,
    );
    expect(pair).toBeDefined();
    const { partnerId, customerId } = pair as { partnerId: string; customerId: string };
    await importDocument(
      db(),
      { format: 'csp-graph', version: 1, resellerRelationships: [{ partnerId, customerId, since: '2024-01-01' }] },
      'second seller',
    );
    roots.push({ id: partnerId });
    const context = commandLineContext(db(), loadCatalog());
    let flaggedGroups = 0;
    let widerThanHubs = 0;
    for (const { id } of roots) {
      for (const depth of [1, 2]) {
        const network = await buildNetwork(context, {
          rootId: id,
          rootKind: 'Partner',
          depth,
          limit: 500,
          perGroup: 5,
        });
        const hubs = new Set(network.groups.map((group) => group.hubElementId)).size;
        for (const group of await groupViolations(context.executor, network.groups)) {
          const truth = await expected(group);
          const where = `${id} depth ${depth}: ${group.relationship} ${group.hubIsSource ? 'from' : 'to'} ${group.hub}`;
          expect(group.violations, where).toEqual({
            flaggedMembers: truth.flagged,
            maxSeverity: maxSeverity(truth.severities),
          });
          if (truth.flagged > 0) flaggedGroups++;
          if ((truth.widest ?? 0) > hubs) widerThanHubs++;
        }
      }
    }
    expect(flaggedGroups).toBeGreaterThan(5);
    // Some flagged members have more relationships of their group's type than the network has hubs.
    expect(widerThanHubs).toBeGreaterThan(0);
  });
});

describe("a group's pages", () => {
  /** The group's rows by definition: every member and relationship, flagged members first when asked, then by name. */
  async function definedOrder(hub: string, search: string | null, flaggedFirst: boolean): Promise<string[]> {
    const rows = await readRows(
      db(),
      z.object({ member: z.string(), flagged: z.boolean() }),
      `MATCH (a:Partner {id: $hub})-[r:SELLS_TO]->(b:Customer)
       WHERE $search IS NULL OR toLower(b.name) CONTAINS $search OR toLower(b.id) STARTS WITH $search
       WITH b, r, EXISTS { (f:Finding {status: 'open'})-[:CONCERNS]->(b) } AS flagged
       ORDER BY CASE WHEN $flaggedFirst AND flagged THEN 0 ELSE 1 END, b.name, b.id, elementId(r)
       RETURN b.id AS member, flagged`,
      { hub, search, flaggedFirst },
    );
    return rows.map((row) => `${row.flagged ? '!' : ''}${row.member}`);
  }

  it('page through the whole group in its order, flagged first or by name, with or without a search', async () => {
    // The reseller whose customers include the most flagged ones, and a group larger than a few pages.
    const [reseller] = await readRows(
      db(),
      z.object({ id: z.string() }),
      `MATCH (p:IndirectReseller)-[:SELLS_TO]->(c:Customer)
       WITH p, count(c) AS customers, count(CASE WHEN EXISTS { (:Finding {status: 'open'})-[:CONCERNS]->(c) } THEN 1 END) AS flagged
       WHERE customers > 20
       RETURN p.id AS id ORDER BY flagged DESC, p.id LIMIT 1`,
    );
    const hub = (reseller as { id: string }).id;
    const context = commandLineContext(db(), loadCatalog());
    for (const [search, sort] of [
      [null, 'FLAGGED_FIRST'],
      [null, 'NAME'],
      ['a', 'FLAGGED_FIRST'],
    ] as const) {
      const expected = await definedOrder(hub, search, sort === 'FLAGGED_FIRST');
      expect(expected.filter((row) => row.startsWith('!')).length, `${search} ${sort}`).toBeGreaterThan(0);
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const page = await groupMembers(context, {
          hubId: hub,
          hubKind: 'Partner' as EntityKind,
          relationship: 'SELLS_TO' as RelationshipType,
          hubIsSource: true,
          kind: 'Customer' as EntityKind,
          search,
          sort,
          first: 7,
          after,
        });
        expect(page.totalCount).toBe(expected.length);
        expect(page.flaggedCount).toBe(expected.filter((row) => row.startsWith('!')).length);
        const flaggedIds = new Set(expected.filter((row) => row.startsWith('!')).map((row) => row.slice(1)));
        seen.push(...page.nodes.map((node) => `${flaggedIds.has(node.id) ? '!' : ''}${node.id}`));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen, `${search} ${sort}`).toEqual(expected);
    }
  });
});
