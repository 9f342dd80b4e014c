// Reads the whole graph out of Neo4j into a BaselineGraph: a few plain queries that return ids, date strings and
// labels only, paged in id order so a graph of millions of accounts never sits in one result.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { cypherInt, type Executor } from '../../server/db/executor';
import { ROLE_LABELS } from '../../server/model/graph-model';
import {
  type BaselineGraph,
  type Customer,
  type CustomerLink,
  type Partner,
  type Stake,
  type Subscription,
  type Supply,
  type Tenant,
  toDay,
} from './baseline-graph';

export const DEFAULT_PAGE_SIZE = 20_000;

function query(name: string): string {
  return readFileSync(new URL(`./queries/${name}.cypher`, import.meta.url), 'utf8');
}

/** [other end's id, since, until] of a dated relationship. */
const datedRow = z.tuple([z.string(), z.string().nullable(), z.string().nullable()]);
type DatedRow = z.infer<typeof datedRow>;

/** A row of queries/tenants.cypher. */
const tenantRow = z.object({
  id: z.string(),
  kind: z.string().nullable(),
  cloud: z.string().nullable(),
  country: z.string().nullable(),
});

/** A row of queries/partners.cypher. */
const partnerRow = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  mpaSignedOn: z.string().nullable(),
  onboardedOn: z.string().nullable(),
  enrolledOn: z.string().nullable(),
  organization: z.string().nullable(),
  tenant: z.string().nullable(),
  country: z.string().nullable(),
  supplies: z.array(datedRow),
});

/** A row of queries/customers.cypher. */
const customerRow = z.object({
  id: z.string(),
  tenant: z.string().nullable(),
  organization: z.string().nullable(),
  sales: z.array(datedRow),
  managements: z.array(datedRow),
});

/** A row of queries/subscriptions.cypher. */
const subscriptionRow = z.object({
  id: z.string(),
  createdOn: z.string().nullable(),
  customer: z.string().nullable(),
  billedBy: z.string().nullable(),
  resellerOfRecord: z.string().nullable(),
  tenant: z.string().nullable(),
});

/** A row of queries/ownerships.cypher: an owner and its stakes [owned, share, directs management]. */
const ownerRow = z.object({
  id: z.string(),
  stakes: z.array(z.tuple([z.string(), z.number().nullable(), z.boolean().nullable()])),
});

/** Runs a paged query to the end: each page starts after the last id of the page before. */
async function forEachRow<S extends z.ZodType<{ id: string }>>(
  executor: Executor,
  row: S,
  text: string,
  pageSize: number,
  onRow: (row: z.output<S>) => void,
): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await readRows(executor, row, text, { after, limit: cypherInt(pageSize) });
    for (const row of rows) onRow(row);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = last.id;
  }
}

/** Adds to an adjacency array that exists only once it holds something. */
function append<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

/** The entity a reference names, or null when the graph has no such entity of that kind. */
function resolve<T>(index: Map<string, T>, id: string | null): T | null {
  return id === null ? null : (index.get(id) ?? null);
}

const PAGED_QUERIES = ['tenants', 'partners', 'customers', 'subscriptions', 'ownerships'];

/** Runs every paged query once for a single row, so that a timed read finds them planned, like a warmed-up scan. */
export async function warmUpReads(executor: Executor): Promise<void> {
  for (const name of PAGED_QUERIES) await executor.read(query(name), { after: '', limit: cypherInt(1) });
  await executor.read(query('countries'));
}

export async function readGraph(executor: Executor, pageSize = DEFAULT_PAGE_SIZE): Promise<BaselineGraph> {
  const regionOfCountry = new Map<string, string>();
  for (const { code, region } of await readRows(
    executor,
    z.object({ code: z.string(), region: z.string().nullable() }),
    query('countries'),
  )) {
    if (region !== null) regionOfCountry.set(code, region);
  }

  const tenants = new Map<string, Tenant>();
  await forEachRow(executor, tenantRow, query('tenants'), pageSize, (row) => {
    tenants.set(row.id, { id: row.id, kind: row.kind, cloud: row.cloud, country: row.country });
  });

  const partners = new Map<string, Partner>();
  const supplyRows: [Partner, DatedRow][] = [];
  await forEachRow(executor, partnerRow, query('partners'), pageSize, (row) => {
    const partner: Partner = {
      id: row.id,
      indirectProvider: row.labels.includes(ROLE_LABELS['indirect-provider']),
      indirectReseller: row.labels.includes(ROLE_LABELS['indirect-reseller']),
      directBill: row.labels.includes(ROLE_LABELS['direct-bill']),
      organization: row.organization,
      tenant: resolve(tenants, row.tenant),
      country: row.country,
      mpaSignedOn: toDay(row.mpaSignedOn),
      onboardedOn: toDay(row.onboardedOn),
      enrolledOn: toDay(row.enrolledOn),
    };
    partners.set(row.id, partner);
    if (partner.tenant) partner.tenant.users = append(partner.tenant.users, partner);
    for (const supply of row.supplies) supplyRows.push([partner, supply]);
  });
  // A supply may name a reseller of a later page, so supplies are linked once every partner is known.
  const supplies: Supply[] = [];
  for (const [provider, [resellerId, since, until]] of supplyRows) {
    const reseller = partners.get(resellerId);
    if (!reseller) continue;
    const supply: Supply = { provider, reseller, since: toDay(since), until: toDay(until) };
    supplies.push(supply);
    provider.supplies = append(provider.supplies, supply);
    reseller.suppliedBy = append(reseller.suppliedBy, supply);
  }

  const customers = new Map<string, Customer>();
  const sales: CustomerLink[] = [];
  const managements: CustomerLink[] = [];
  await forEachRow(executor, customerRow, query('customers'), pageSize, (row) => {
    const customer: Customer = {
      id: row.id,
      tenant: resolve(tenants, row.tenant),
      organization: row.organization,
    };
    customers.set(row.id, customer);
    if (customer.tenant) customer.tenant.customers = append(customer.tenant.customers, customer);
    for (const [partnerId, since, until] of row.sales) {
      const partner = partners.get(partnerId);
      if (!partner) continue;
      const sale: CustomerLink = { partner, customer, since: toDay(since), until: toDay(until) };
      sales.push(sale);
      customer.sales = append(customer.sales, sale);
    }
    for (const [partnerId, since, until] of row.managements) {
      const partner = partners.get(partnerId);
      if (partner) managements.push({ partner, customer, since: toDay(since), until: toDay(until) });
    }
  });

  const subscriptions: Subscription[] = [];
  await forEachRow(executor, subscriptionRow, query('subscriptions'), pageSize, (row) => {
    const subscription: Subscription = {
      id: row.id,
      createdOn: toDay(row.createdOn),
      customer: resolve(customers, row.customer),
      billedBy: resolve(partners, row.billedBy),
      resellerOfRecord: resolve(partners, row.resellerOfRecord),
      tenant: resolve(tenants, row.tenant),
    };
    subscriptions.push(subscription);
    if (subscription.customer)
      subscription.customer.subscriptions = append(subscription.customer.subscriptions, subscription);
    if (subscription.billedBy) subscription.billedBy.billed = append(subscription.billedBy.billed, subscription);
    if (subscription.resellerOfRecord)
      subscription.resellerOfRecord.recorded = append(subscription.resellerOfRecord.recorded, subscription);
    if (subscription.tenant) subscription.tenant.provisioned = append(subscription.tenant.provisioned, subscription);
  });

  const stakes: Stake[] = [];
  await forEachRow(executor, ownerRow, query('ownerships'), pageSize, (row) => {
    for (const [owned, share, directsManagement] of row.stakes) {
      stakes.push({ owner: row.id, owned, share, directsManagement });
    }
  });

  return {
    regionOfCountry,
    tenants: [...tenants.values()],
    partners: [...partners.values()],
    customers: [...customers.values()],
    subscriptions,
    supplies,
    sales,
    managements,
    stakes,
  };
}
