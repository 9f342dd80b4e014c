// Per-request batching: every entity, list and count a query tree asks for is fetched in one Cypher per kind and
// level, never once per parent (no N+1).
import DataLoader from 'dataloader';
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypher } from '../db/cypher-files';
import { cypherInt, type Executor } from '../db/executor';
import { SEVERITIES, type Severity, severityRank } from '../scan/finding';
import { describeNodes, type NetworkNode } from './data/network';
import {
  type CountryRow,
  type CustomerRow,
  countryRow,
  customerRow,
  ENTITY_KINDS,
  type EntityRef,
  entityRef,
  type FindingRow,
  findingRow,
  type ListPage,
  listPage,
  managementRow,
  type OrganizationRow,
  organizationRow,
  ownershipRow,
  type PartnerRow,
  partnerRow,
  type RegionRow,
  regionRow,
  type ScanRunRow,
  type StoredEvidenceRow,
  type SubscriptionRow,
  saleRow,
  scanRunRow,
  storedEvidenceRow,
  subscriptionRow,
  supplyRow,
  type TenantRow,
  tenantRow,
  type ViolationSummary,
} from './data/rows';
import type { Page } from './pagination';

/** A list under a parent: its statement (the allowlist of what a loader may run) and the row it returns for each
 * parent, a page of `item`s. */
function listQuery<S extends z.ZodType>(file: string, item: S) {
  return { file, item, row: listPage(item).extend({ parentId: z.string() }) };
}

/** The lists under a parent, each one file in cypher/api/lists; ids are loaded through the entity loaders. */
export const LIST_QUERIES = {
  'organization-partners': listQuery('lists/organization-partners.cypher', z.string()),
  'organization-customers': listQuery('lists/organization-customers.cypher', z.string()),
  'organization-owns': listQuery('lists/organization-owns.cypher', ownershipRow),
  'organization-owned-by': listQuery('lists/organization-owned-by.cypher', ownershipRow),
  'partner-resellers': listQuery('lists/partner-resellers.cypher', supplyRow),
  'partner-providers': listQuery('lists/partner-providers.cypher', supplyRow),
  'partner-customers': listQuery('lists/partner-customers.cypher', saleRow),
  'customer-partners': listQuery('lists/customer-partners.cypher', saleRow),
  'partner-managed-customers': listQuery('lists/partner-managed-customers.cypher', managementRow),
  'customer-managers': listQuery('lists/customer-managers.cypher', managementRow),
  'partner-billed-subscriptions': listQuery('lists/partner-billed-subscriptions.cypher', z.string()),
  'partner-recorded-subscriptions': listQuery('lists/partner-recorded-subscriptions.cypher', z.string()),
  'customer-subscriptions': listQuery('lists/customer-subscriptions.cypher', z.string()),
  'tenant-subscriptions': listQuery('lists/tenant-subscriptions.cypher', z.string()),
  'tenant-partners': listQuery('lists/tenant-partners.cypher', z.string()),
  'tenant-customers': listQuery('lists/tenant-customers.cypher', z.string()),
  'region-countries': listQuery('lists/region-countries.cypher', z.string()),
  'finding-entities': listQuery('findings/entities.cypher', entityRef),
};
export type ListName = keyof typeof LIST_QUERIES;
/** The schema of what a list holds: an id, or a relationship row. */
export type ListItem<N extends ListName> = (typeof LIST_QUERIES)[N]['item'];
/** The names of the lists of ids. */
export type IdListName = { [N in ListName]: z.infer<ListItem<N>> extends string ? N : never }[ListName];

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

/** A row of cypher/api/entities/region-statistics.cypher. */
const regionCountsRow = z.object({ region: z.string(), partners: z.number(), customers: z.number() });
export type RegionCounts = z.infer<typeof regionCountsRow>;

/** A row of cypher/api/network/locate.cypher: an entity still in the graph, and its element id. */
const locatedRef = entityRef.extend({ elementId: z.string() });

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
  /** A list's pages under many parents; `page` is one page for every parent (its statement's $skip and $limit). */
  list<N extends ListName>(
    name: N,
    page: Page,
    params?: Record<string, unknown>,
  ): DataLoader<string, ListPage<ListItem<N>>>;
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
  function byId<R extends { id: string }>(file: string, row: z.ZodType<R>) {
    return new DataLoader<string, R | null>(async (ids) => {
      const rows = await readRows(executor, row, cypher(`api/entities/${file}`), { ids: [...ids] });
      return keyed(ids, rows, (found) => found.id);
    });
  }

  const lists = new Map<string, DataLoader<string, ListPage<z.ZodType>>>();

  return {
    organization: byId('organizations.cypher', organizationRow),
    partner: byId('partners.cypher', partnerRow),
    tenant: byId('tenants.cypher', tenantRow),
    customer: byId('customers.cypher', customerRow),
    subscription: byId('subscriptions.cypher', subscriptionRow),
    country: new DataLoader(async (codes) => {
      const rows = await readRows(executor, countryRow, cypher('api/entities/countries.cypher'), { codes: [...codes] });
      return keyed(codes, rows, (row) => row.code);
    }),
    region: new DataLoader(async (names) => {
      const rows = await readRows(executor, regionRow, cypher('api/entities/regions.cypher'), { names: [...names] });
      return keyed(names, rows, (row) => row.name);
    }),
    finding: new DataLoader(async (keys) => {
      const rows = await readRows(executor, findingRow, cypher('api/findings/by-key.cypher'), { keys: [...keys] });
      return keyed(keys, rows, (row) => row.key);
    }),
    findingEvidence: new DataLoader(async (keys) => {
      const rows = await readRows(executor, storedEvidenceRow, cypher('api/findings/evidence.cypher'), {
        keys: [...keys],
      });
      return keyed(keys, rows, (row) => row.key);
    }),
    networkNode: new DataLoader(
      async (refs) => {
        const located = await readRows(executor, locatedRef, cypher('api/network/locate.cypher'), {
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
      const rows = await readRows(executor, scanRunRow, cypher('api/scans/runs-by-id.cypher'), { ids: [...ids] });
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
    list<N extends ListName>(name: N, page: Page, params: Record<string, unknown> = {}) {
      const cacheKey = `${name}\u0000${JSON.stringify([page, params])}`;
      let loader = lists.get(cacheKey);
      if (!loader) {
        const { file, row }: { file: string; row: z.ZodType<{ parentId: string } & ListPage<z.ZodType>> } =
          LIST_QUERIES[name];
        loader = new DataLoader<string, ListPage<z.ZodType>>(async (ids) => {
          const rows = await readRows(executor, row, cypher(`api/${file}`), {
            ...params,
            // Integers, as SKIP and LIMIT require (a JavaScript number reaches Neo4j as a float).
            skip: cypherInt(page.skip),
            limit: cypherInt(page.limit),
            ids: [...ids],
          });
          return keyed(ids, rows, (found) => found.parentId).map((found) => found ?? { total: 0, items: [] });
        });
        lists.set(cacheKey, loader);
      }
      // The loader of `name` checked its rows with LIST_QUERIES[name].row: its items are that list's.
      return loader as DataLoader<string, ListPage<ListItem<N>>>;
    },
    openFindingCounts: once(() => readRows(executor, openFindingCount, cypher('api/findings/open-counts.cypher'))),
    regionCounts: once(() => readRows(executor, regionCountsRow, cypher('api/entities/region-statistics.cypher'))),
  };
}

export function refKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.id}`;
}
