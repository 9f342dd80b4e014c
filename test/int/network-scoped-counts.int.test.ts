// A scoped caller's network counts, in every group, exactly the neighbours its scope holds: each group's total must
// equal the count of the hub's neighbours over the group's step that pass the scope test one by one. Tried on a
// generated ecosystem with a provider scope (the largest provider) and a region scope, from providers, resellers and
// customers, at depths 1 and 2.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Scope } from '../../server/api/auth/scope';
import { createContext } from '../../server/api/context';
import { buildNetwork } from '../../server/api/data/network';
import { stepPattern, stepsFrom } from '../../server/api/data/network-links';
import { ENTITY_KINDS, type EntityKind } from '../../server/api/data/rows';
import { jsonLogger } from '../../server/api/logger';
import { readRows } from '../../server/db/checked-rows';
import { importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { useGeneratedEcosystem } from '../support/generated-ecosystem';
import { useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const dataPath = useGeneratedEcosystem({ customers: 2_000, seed: 'scoped-counts' });

beforeAll(async () => {
  await importPath(db(), dataPath());
}, 300_000);

function scopedContext(scope: Scope) {
  return createContext(
    {
      executor: db(),
      catalog: loadCatalog(),
      authenticator: { authenticate: () => Promise.reject(new Error('none')), forgetKey: () => {} },
      logger: jsonLogger(process.stderr),
    },
    { id: 'test', name: 'test', role: 'viewer', scope },
    'test',
  );
}

const idRow = z.object({ id: z.string(), kind: z.enum(ENTITY_KINDS) });

describe('a scoped network', () => {
  it('counts in each group the neighbours its scope holds, tested one by one', async () => {
    const [provider] = await readRows(
      db(),
      z.object({ id: z.string(), region: z.string() }),
      `MATCH (p:IndirectProvider)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)
       RETURN p.id AS id, r.name AS region ORDER BY COUNT { (p)-[:SUPPLIES]->() } DESC, p.id LIMIT 1`,
    );
    const { id: providerId, region } = provider as { id: string; region: string };
    // Roots inside and around the provider's network: itself, resellers it supplies, their customers, and others.
    const roots = await readRows(
      db(),
      idRow,
      `MATCH (p:Partner {id: $providerId}) RETURN p.id AS id, 'Partner' AS kind
       UNION
       MATCH (:Partner {id: $providerId})-[:SUPPLIES]->(r:Partner) WITH r ORDER BY r.id LIMIT 2 RETURN r.id AS id, 'Partner' AS kind
       UNION
       MATCH (:Partner {id: $providerId})-[:SUPPLIES]->(:Partner)-[:SELLS_TO]->(c:Customer)
       WITH c ORDER BY c.id LIMIT 2 RETURN c.id AS id, 'Customer' AS kind`,
      { providerId },
    );
    expect(roots.length).toBe(5);
    let passedGroups = 0;
    for (const scope of [{ providers: [providerId] }, { regions: [region] }] satisfies Scope[]) {
      const context = scopedContext(scope);
      for (const root of roots) {
        for (const depth of [1, 2]) {
          const network = await buildNetwork(context, {
            rootId: root.id,
            rootKind: root.kind,
            depth,
            limit: 300,
            perGroup: 3,
          }).catch((error: unknown) => {
            // A root outside a region scope is not there for the caller.
            if (String(error).includes('names no')) return null;
            throw error;
          });
          if (!network) continue;
          const kindOf = new Map(network.nodes.map((node) => [node.elementId, node.kind as EntityKind]));
          for (const group of network.groups) {
            const hubKind = kindOf.get(group.hubElementId) as EntityKind;
            const step = stepsFrom(hubKind, [group.relationship], [group.kind]).find(
              (candidate) => candidate.out === group.hubIsSource,
            );
            expect(step).toBeDefined();
            // The step and label come from the model's lists; each neighbour passes the scope test on its own.
            const [truth] = await readRows(
              context.executor,
              z.object({ count: z.number() }),
              `MATCH (a) WHERE elementId(a) = $hub
               MATCH ${stepPattern(step as NonNullable<typeof step>, hubKind, { r: 'r', b: 'b' })}
               WHERE b:${group.kind} AND IN_SCOPE(b:${group.kind})
               RETURN count(*) AS count`,
              { hub: group.hubElementId },
            );
            const where = `${JSON.stringify(scope)} from ${root.kind} ${root.id} depth ${depth}: ${group.relationship} of ${group.hub}`;
            expect(group.total, where).toBe(truth?.count);
            if (group.total > 3) passedGroups++;
          }
        }
      }
    }
    expect(passedGroups).toBeGreaterThan(5);
  });
});
