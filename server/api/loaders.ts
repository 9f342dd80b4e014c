// Per-request batching: every entity, list and count a query tree asks for is fetched in one Cypher per kind and
// level, never once per parent (no N+1).
import DataLoader from 'dataloader';
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypher } from '../db/cypher-files';
import type { Executor } from '../db/executor';
import { SEVERITIES, type Severity, severityRank } from '../scan/finding';
import { describeNodes, type NetworkNode } from './data/network';
import {
  type CountryRow,
  type CustomerRow,
  ENTITY_KINDS,
  type EntityKind,
  type EntityRef,
  type FindingRow,
  findingRow,
  type ListPage,
  type OrganizationRow,
  type PartnerRow,
  type RegionRow,
  type ScanRunRow,
  type StoredEvidenceRow,
  type SubscriptionRow,
  type TenantRow,
  type ViolationSummary,
} from './data/rows';

/** The lists under a parent, each one file in cypher/api/lists (the allowlist of what a loader may run). */
export const LIST_QUERIES = {
  'organization-partners': 'lists/organization-partners.cypher',
  'organization-customers': 'lists/organization-customers.cypher',
  'organization-owns': 'lists/organization-owns.cypher',
  'organization-owned-by': 'lists/organization-owned-by.cypher',
  'partner-resellers': 'lists/partner-resellers.cypher',
  'partner-providers': 'lists/partner-providers.cypher',
  'partner-customers': 'lists/partner-customers.cypher',
  'customer-partners': 'lists/customer-partners.cypher',
  'partner-managed-customers': 'lists/partner-managed-customers.cypher',
  'customer-managers': 'lists/customer-managers.cypher',
  'partner-billed-subscriptions': 'lists/partner-billed-subscriptions.cypher',
  'partner-recorded-subscriptions': 'lists/partner-recorded-subscriptions.cypher',
  'customer-subscriptions': 'lists/customer-subscriptions.cypher',
  'tenant-subscriptions': 'lists/tenant-subscriptions.cypher',
  'tenant-partners': 'lists/tenant-partners.cypher',
  'tenant-customers': 'lists/tenant-customers.cypher',
  'region-countries': 'lists/region-countries.cypher',
  'finding-entities': 'findings/entities.cypher',
} as const;
export type ListName = keyof typeof LIST_QUERIES;

/** A row of cypher/api/findings/open-counts.cypher: open findings by rule, region and severity. */
const openFindingCount = z.object({
  ruleId: z.string(),
  region: z.string().nullable(),
  severity: z.enum(SEVERITIES),
  count: z.number(),
});
export type OpenFindingCount = z.infer<typeof openFindingCount>;

/** A row of cypher/api/entities/violations.cypher: the severities of the open findings concerning an entity. */
const entitySeverities = z.object({
  kind: z.enum(ENTITY_KINDS),
  id: z.string(),
  severities: z.array(z.enum(SEVERITIES)),
});

export interface RegionCounts {
  region: string;
  partners: number;
  customers: number;
}

export interface Loaders {
  organization: DataLoader<string, OrganizationRow | null>;
  partner: DataLoader<string, PartnerRow | null>;
  tenant: DataLoader<string, TenantRow | null>;
  customer: DataLoader<string, CustomerRow | null>;
  subscription: DataLoader<string, SubscriptionRow | null>;
  country: DataLoader<string, CountryRow | null>;
  region: DataLoader<string, RegionRow | null>;
  finding: DataLoader<string, FindingRow | null>;
  /** A finding's evidence as stored, by finding key. */
  findingEvidence: DataLoader<string, StoredEvidenceRow | null>;
  /** An entity as a network draws it, by kind and id. */
  networkNode: DataLoader<EntityRef, NetworkNode | null, string>;
  scanRun: DataLoader<string, ScanRunRow | null>;
  violations: DataLoader<EntityRef, ViolationSummary, string>;
  /** A page of a list under each parent; parents asking for the same page share one query. */
  list<T>(name: ListName, params: Record<string, unknown>): DataLoader<string, ListPage<T>>;
  /** Open findings by rule, region and severity: fetched once per request. */
  openFindingCounts(): Promise<OpenFindingCount[]>;
  regionCounts(): Promise<RegionCounts[]>;
}

/** Each key's row, in the keys' order; null where the graph has none (GraphQL's null for a missing entity). */
function keyed<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= load();
    return promise;
  };
}

export function maxSeverity(severities: readonly Severity[]): Severity | null {
  return severities.reduce<Severity | null>(
    (worst, s) => (worst === null || severityRank(s) < severityRank(worst) ? s : worst),
    null,
  );
}

export function createLoaders(executor: Executor): Loaders {
  function byId<R extends { id: string }>(file: string, kind?: EntityKind) {
    return new DataLoader<string, R | null>(async (ids) => {
      const rows = await executor.read<R>(cypher(`api/entities/${file}`), { ids: [...ids] });
      const tagged = kind ? rows.map((row) => ({ ...row, kind })) : rows;
      return keyed(ids, tagged, (row) => row.id);
    });
  }

  const lists = new Map<string, DataLoader<string, ListPage<unknown>>>();

  return {
    organization: byId<OrganizationRow>('organizations.cypher', 'Organization'),
    partner: byId<PartnerRow>('partners.cypher', 'Partner'),
    tenant: byId<TenantRow>('tenants.cypher', 'Tenant'),
    customer: byId<CustomerRow>('customers.cypher', 'Customer'),
    subscription: byId<SubscriptionRow>('subscriptions.cypher', 'Subscription'),
    country: new DataLoader(async (codes) => {
      const rows = await executor.read<CountryRow>(cypher('api/entities/countries.cypher'), { codes: [...codes] });
      return keyed(codes, rows, (row) => row.code);
    }),
    region: new DataLoader(async (names) => {
      const rows = await executor.read<RegionRow>(cypher('api/entities/regions.cypher'), { names: [...names] });
      return keyed(names, rows, (row) => row.name);
    }),
    finding: new DataLoader(async (keys) => {
      const rows = await readRows(executor, findingRow, cypher('api/findings/by-key.cypher'), { keys: [...keys] });
      return keyed(keys, rows, (row) => row.key);
    }),
    findingEvidence: new DataLoader(async (keys) => {
      const rows = await executor.read<StoredEvidenceRow>(cypher('api/findings/evidence.cypher'), { keys: [...keys] });
      return keyed(keys, rows, (row) => row.key);
    }),
    networkNode: new DataLoader(
      async (refs) => {
        const located = await executor.read<EntityRef & { elementId: string }>(cypher('api/network/locate.cypher'), {
          refs: refs.map(({ kind, id }) => ({ kind, id })),
        });
        const nodes = await describeNodes(
          executor,
          located.map((row) => row.elementId),
        );
        return keyed(refs.map(refKey), nodes, refKey);
      },
      { cacheKeyFn: refKey },
    ),
    scanRun: new DataLoader(async (ids) => {
      const rows = await executor.read<ScanRunRow>(cypher('api/scans/runs-by-id.cypher'), { ids: [...ids] });
      return keyed(ids, rows, (row) => row.id);
    }),
    violations: new DataLoader(
      async (refs) => {
        const rows = await readRows(executor, entitySeverities, cypher('api/entities/violations.cypher'), {
          refs: refs.map(({ kind, id }) => ({ kind, id })),
        });
        return keyed(refs.map(refKey), rows, refKey).map((row) => ({
          openFindings: row?.severities.length ?? 0,
          maxSeverity: maxSeverity(row?.severities ?? []),
        }));
      },
      { cacheKeyFn: refKey },
    ),
    list<T>(name: ListName, params: Record<string, unknown>) {
      const cacheKey = `${name}\u0000${JSON.stringify(params)}`;
      let loader = lists.get(cacheKey);
      if (!loader) {
        loader = new DataLoader<string, ListPage<unknown>>(async (ids) => {
          const rows = await executor.read<{ parentId: string } & ListPage<unknown>>(
            cypher(`api/${LIST_QUERIES[name]}`),
            { ...params, ids: [...ids] },
          );
          return keyed(ids, rows, (row) => row.parentId).map((row) => row ?? { total: 0, items: [] });
        });
        lists.set(cacheKey, loader);
      }
      return loader as DataLoader<string, ListPage<T>>;
    },
    openFindingCounts: once(() => readRows(executor, openFindingCount, cypher('api/findings/open-counts.cypher'))),
    regionCounts: once(() => executor.read<RegionCounts>(cypher('api/entities/region-statistics.cypher'))),
  };
}

export function refKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.id}`;
}
