// Seeded random changes to the ecosystem in a graph, as one import document (docs/import-format.md): relationships
// ended or added, subscriptions bought, tenants moved to another country, partner dates and roles changed. What the
// incremental-scan test and the re-scan benchmark apply to compare an incremental scan with a full one.
//
// Drawn at random, nearly every change is a violation (a sale by any partner to any customer crosses a region more
// often than not): what a test of the scan wants. A day of real data looks like the graph it changes, so `plausible`
// changes follow its records instead (a sale by a partner of the customer's region and cloud, a subscription like
// one the customer holds), and only a share of them, the generator's violation rate, is drawn at random.
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypherInt, type Executor } from '../db/executor';
import { IMPORT_FORMAT, IMPORT_VERSION } from '../import/import-schema';
import { day, formatDay } from '../shared/dates';
import { createIdentifiers } from './identifiers';
import { createRandom, type Random } from './prng';

export const CHANGE_KINDS = [
  'end-sale',
  'end-supply',
  'end-management',
  'new-sale',
  'new-supply',
  'new-management',
  'new-subscription',
  'new-ownership',
  'tenant-country',
  'partner-dates',
  'partner-roles',
  'customer-organization',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

type Row = Record<string, unknown>;
type Collection =
  | 'tenants'
  | 'partners'
  | 'customers'
  | 'ownerships'
  | 'supplies'
  | 'resellerRelationships'
  | 'managementRelationships'
  | 'subscriptions';

export interface RandomChanges {
  /** The import document holding every changed record. */
  document: Record<string, unknown>;
  /** One line per change, `kind {record}`, to print when a comparison fails. */
  changes: string[];
}

const ROLE_OF_LABEL: Record<string, string> = {
  IndirectProvider: 'indirect-provider',
  IndirectReseller: 'indirect-reseller',
  DirectBill: 'direct-bill',
};

/** A whole partner record (the import rewrites every field), with its role labels. */
const PARTNER_ROW = `MATCH (p:Partner) WHERE p.id >= $from WITH p ORDER BY p.id LIMIT $n
    MATCH (p)-[:ACCOUNT_OF]->(o), (p)-[:USES_TENANT]->(t), (p)-[:IN_COUNTRY]->(country)
    RETURN p {.id, .mpnId, .name, .status, organizationId: o.id, tenantId: t.id, country: country.code,
              labels: labels(p), mpaSignedOn: toString(p.mpaSignedOn), onboardedOn: toString(p.onboardedOn),
              enrolledOn: toString(p.enrolledOn)} AS row`;

/** The region, cloud and roles of partner accounts with `label` (of a fixed two), from id $from on, at most $n: which
 * plausible changes may name each. */
const partnerPlaces = (label: 'Partner' | 'IndirectProvider') => `MATCH (p:${label}) WHERE p.id >= $from
    WITH p ORDER BY p.id LIMIT $n
    MATCH (p)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(region), (p)-[:USES_TENANT]->(t)
    RETURN p.id AS id, region.name AS region, t.cloud AS cloud, labels(p) AS labels`;

/** Records near a random point of an id index, so the changes spread over the graph; $from, $n. */
const CANDIDATES: Record<ChangeKind, string> = {
  'end-sale': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $scan
    MATCH (p:Partner)-[r:SELLS_TO]->(c) WHERE r.until IS NULL
    RETURN {partnerId: p.id, customerId: c.id, since: toString(r.since)} AS row LIMIT $n`,
  'end-supply': `MATCH (p:Partner) WHERE p.id >= $from WITH p ORDER BY p.id LIMIT $scan
    MATCH (q:Partner)-[r:SUPPLIES]->(p) WHERE r.until IS NULL
    RETURN {providerId: q.id, resellerId: p.id, since: toString(r.since)} AS row LIMIT $n`,
  'end-management': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $scan
    MATCH (p:Partner)-[r:MANAGES]->(c) WHERE r.until IS NULL
    RETURN {partnerId: p.id, customerId: c.id, kind: r.kind, since: toString(r.since)} AS row LIMIT $n`,
  'new-sale': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $n
    RETURN {customerId: c.id} AS row`,
  'new-supply': `MATCH (p:IndirectReseller) WHERE p.id >= $from WITH p ORDER BY p.id LIMIT $n
    RETURN {resellerId: p.id} AS row`,
  'new-management': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $n
    RETURN {customerId: c.id} AS row`,
  'new-subscription': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $n
    MATCH (c)-[:ON_TENANT]->(t)
    RETURN {customerId: c.id, tenantId: t.id} AS row`,
  'new-ownership': `MATCH (o:Organization) WHERE o.id >= $from WITH o ORDER BY o.id LIMIT $n
    RETURN {ownedId: o.id} AS row`,
  'tenant-country': `MATCH (t:Tenant) WHERE t.id >= $from WITH t ORDER BY t.id LIMIT $n
    MATCH (t)-[:IN_COUNTRY]->(country)
    RETURN t {.id, .kind, .cloud, country: country.code} AS row`,
  'partner-dates': PARTNER_ROW,
  'partner-roles': PARTNER_ROW,
  'customer-organization': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $n
    MATCH (c)-[:ON_TENANT]->(t), (c)-[:IN_COUNTRY]->(country)
    OPTIONAL MATCH (c)-[:ACCOUNT_OF]->(o)
    RETURN c {.id, .name, .domain, tenantId: t.id, country: country.code, organizationId: o.id} AS row`,
};

/** The records of plausible changes, where they need more than CANDIDATES gives: the same record fields, and in
 * `place` what a plausible change must match (a customer's market and cloud, its current seller, a subscription it
 * holds). */
const PLAUSIBLE_CANDIDATES: Partial<Record<ChangeKind, string>> = {
  'new-sale': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $n
    MATCH (c)-[:ON_TENANT]->(t)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(region)
    RETURN {customerId: c.id} AS row, {region: region.name, cloud: t.cloud} AS place`,
  'new-supply': `MATCH (p:IndirectReseller) WHERE p.id >= $from WITH p ORDER BY p.id LIMIT $n
    MATCH (p)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(region), (p)-[:USES_TENANT]->(t)
    RETURN {resellerId: p.id} AS row, {region: region.name, cloud: t.cloud} AS place`,
  'new-management': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $scan
    MATCH (seller:Partner)-[r:SELLS_TO]->(c) WHERE r.until IS NULL
    WITH c, min(seller.id) AS seller LIMIT $n
    RETURN {customerId: c.id} AS row, {seller: seller} AS place`,
  'new-subscription': `MATCH (c:Customer) WHERE c.id >= $from WITH c ORDER BY c.id LIMIT $scan
    MATCH (c)-[:ON_TENANT]->(t), (s:Subscription)-[:FOR]->(c)
    WHERE s.until IS NULL AND s.status = 'active'
    WITH c, t, max(s.id) AS held LIMIT $n
    MATCH (s:Subscription {id: held})-[:BILLED_BY]->(billedBy)
    OPTIONAL MATCH (s)-[:RESELLER_OF_RECORD]->(resellerOfRecord)
    RETURN {customerId: c.id, tenantId: t.id} AS row,
           {billedById: billedBy.id, resellerOfRecordId: resellerOfRecord.id, offerId: s.offerId,
            offerName: s.offerName, billingType: s.billingType} AS place`,
  'new-ownership': `MATCH (o:Organization) WHERE o.id >= $from AND NOT EXISTS { (o)<-[:ACCOUNT_OF]-(:Partner) }
    WITH o ORDER BY o.id LIMIT $n
    RETURN {ownedId: o.id} AS row`,
  'tenant-country': `MATCH (t:Tenant) WHERE t.id >= $from WITH t ORDER BY t.id LIMIT $n
    MATCH (t)-[:IN_COUNTRY]->(country)-[:IN_REGION]->(region)
    RETURN t {.id, .kind, .cloud, country: country.code} AS row, {region: region.name} AS place`,
};

const idRow = z.object({ id: z.string() });
const codeRow = z.object({ code: z.string(), region: z.string() });
const placedPartner = z.object({ id: z.string(), region: z.string(), cloud: z.string(), labels: z.array(z.string()) });
type PlacedPartner = z.infer<typeof placedPartner>;
/** A row of CANDIDATES: a record to change. Its fields are those of an import record of the kind's collection, each
 * kind its own; they pass into the import document as they are, where the import checks them as any record. A row
 * of PLAUSIBLE_CANDIDATES also has its `place`. */
const candidateRow = z.object({
  row: z.record(z.string(), z.unknown()),
  place: z.record(z.string(), z.unknown()).optional(),
});

/** A random point in the space of GUIDs (every id the generator and Partner Center use is one). */
function randomId(random: Random): string {
  return random.uint32().toString(16).padStart(8, '0');
}

function withoutNulls(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined));
}

export interface RandomChangeOptions {
  seed: string;
  count: number;
  asOf: string;
  kinds?: readonly ChangeKind[];
  /** Changes that follow the graph's own records, `violationRate` of them drawn at random (see the top of the file). */
  plausible?: { violationRate: number };
}

/** `count` changes drawn from `kinds`, seeded by `seed`, dated around `asOf`. */
export async function randomChanges(executor: Executor, options: RandomChangeOptions): Promise<RandomChanges> {
  const random = createRandom(`changes\u0000${options.seed}`);
  const ids = createIdentifiers(`changes\u0000${options.seed}`);
  const kinds = options.kinds ?? CHANGE_KINDS;
  const asOf = day(options.asOf);
  const near = (before: number, after: number) => formatDay(asOf + random.int(-before, after));
  const partners = (
    await readRows(
      executor,
      idRow,
      'MATCH (p:Partner) WHERE p.id >= $from WITH p ORDER BY p.id LIMIT 200 RETURN p.id AS id',
      { from: randomId(random) },
    )
  ).map((p) => p.id);
  const providers = (
    await readRows(
      executor,
      idRow,
      'MATCH (p:IndirectProvider) WHERE p.id >= $from WITH p ORDER BY p.id LIMIT 50 RETURN p.id AS id',
      { from: randomId(random) },
    )
  ).map((p) => p.id);
  const organizations = (
    await readRows(
      executor,
      idRow,
      'MATCH (o:Organization) WHERE o.id >= $from WITH o ORDER BY o.id LIMIT 100 RETURN o.id AS id',
      { from: randomId(random) },
    )
  ).map((o) => o.id);
  const markets = await readRows(
    executor,
    codeRow,
    'MATCH (c:Country)-[:IN_REGION]->(r) RETURN c.code AS code, r.name AS region ORDER BY code',
  );
  const countries = markets.map((c) => c.code);
  const plausible = options.plausible;
  // Plausible changes pick partners of a place from a sample, and providers from all of them (a region has few).
  const placed = plausible
    ? [
        ...(await readRows(executor, placedPartner, partnerPlaces('Partner'), {
          from: randomId(random),
          n: cypherInt(5000),
        })),
        ...(await readRows(executor, placedPartner, partnerPlaces('IndirectProvider'), {
          from: '',
          n: cypherInt(100_000),
        })),
      ]
    : [];
  // Organizations of customers only: owning one, or being one's account, plants no sale to oneself or an affiliate.
  const customerOrganizations = plausible
    ? (
        await readRows(
          executor,
          idRow,
          `MATCH (o:Organization) WHERE o.id >= $from AND NOT EXISTS { (o)<-[:ACCOUNT_OF]-(:Partner) }
           WITH o ORDER BY o.id LIMIT 100 RETURN o.id AS id`,
          { from: randomId(random) },
        )
      ).map((o) => o.id)
    : [];

  const records: Record<Collection, Map<string, Row>> = {
    tenants: new Map(),
    partners: new Map(),
    customers: new Map(),
    ownerships: new Map(),
    supplies: new Map(),
    resellerRelationships: new Map(),
    managementRelationships: new Map(),
    subscriptions: new Map(),
  };
  const changes: string[] = [];
  const add = (kind: ChangeKind, collection: Collection, key: string, row: Row) => {
    if (records[collection].has(key)) return;
    const record = withoutNulls(row);
    records[collection].set(key, record);
    changes.push(`${kind} ${JSON.stringify(record)}`);
  };
  const endAfter = (since: string) => formatDay(Math.max(day(since) + 1, asOf + random.int(-90, 30)));

  // Per kind, a share of the count, drawn in batches near a few random points.
  const perKind = Math.ceil(options.count / kinds.length);
  for (const kind of kinds) {
    let wanted = Math.min(perKind, options.count - changes.length);
    for (let attempt = 0; wanted > 0 && attempt < 8; attempt++) {
      const n = Math.min(wanted, 20 + random.int(0, 20) + Math.floor(wanted / 4));
      const rows = await readRows(
        executor,
        candidateRow,
        (plausible && PLAUSIBLE_CANDIDATES[kind]) || CANDIDATES[kind],
        {
          from: randomId(random),
          n: cypherInt(n),
          scan: cypherInt(n * 20),
        },
      );
      const before = changes.length;
      for (const { row, place } of rows) {
        if (plausible && !random.chance(plausible.violationRate)) applyPlausible(kind, row, place ?? {});
        else applyChange(kind, row);
      }
      wanted -= changes.length - before;
    }
  }

  function applyChange(kind: ChangeKind, row: Row): void {
    switch (kind) {
      case 'end-sale': {
        const since = row.since as string;
        add(kind, 'resellerRelationships', `${row.partnerId}|${row.customerId}|${since}`, {
          ...row,
          until: endAfter(since),
        });
        return;
      }
      case 'end-supply': {
        const since = row.since as string;
        add(kind, 'supplies', `${row.providerId}|${row.resellerId}|${since}`, {
          ...row,
          until: endAfter(since),
          state: 'inactive',
        });
        return;
      }
      case 'end-management': {
        const since = row.since as string;
        add(kind, 'managementRelationships', `${row.partnerId}|${row.customerId}|${row.kind}|${since}`, {
          ...row,
          until: endAfter(since),
        });
        return;
      }
      case 'new-sale': {
        const since = near(365, 10);
        addSale(random.pick(partners), row.customerId, since);
        return;
      }
      case 'new-supply': {
        if (providers.length === 0) return;
        const since = near(365, 10);
        const providerId = random.pick(providers);
        if (providerId !== row.resellerId) addSupply(providerId, row.resellerId, since);
        return;
      }
      case 'new-management': {
        const since = near(365, 10);
        addManagement(random.pick(partners), row.customerId, since);
        return;
      }
      case 'new-subscription': {
        const id = ids.guid();
        add(kind, 'subscriptions', id, {
          id,
          customerId: row.customerId,
          billedById: random.pick(partners),
          tenantId: row.tenantId,
          createdOn: near(60, 10),
          resellerOfRecordId: random.chance(0.3) ? random.pick(partners) : null,
          offerId: 'CFQ7TTC0LFLX:0001',
          offerName: 'Microsoft 365 E3',
          status: 'active',
          billingType: 'license',
        });
        return;
      }
      case 'new-ownership':
        addOwnership(random.pick(organizations), row.ownedId);
        return;
      case 'tenant-country':
        add(kind, 'tenants', row.id as string, { ...row, country: random.pick(countries) });
        return;
      case 'partner-dates':
      case 'partner-roles': {
        const { labels, ...partner } = row as Row & { labels: string[] };
        let roles = labels.map((label) => ROLE_OF_LABEL[label]).filter((role): role is string => role !== undefined);
        if (kind === 'partner-roles') {
          const role = random.pick(Object.values(ROLE_OF_LABEL));
          roles = roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role];
          if (roles.length === 0) roles = [role];
        } else {
          const field = random.pick(['mpaSignedOn', 'onboardedOn', 'enrolledOn']);
          partner[field] = random.chance(0.3) ? null : near(200, 60);
        }
        add(kind, 'partners', partner.id as string, { ...partner, roles });
        return;
      }
      case 'customer-organization':
        add(kind, 'customers', row.id as string, {
          ...row,
          organizationId: random.chance(0.3) ? null : random.pick(organizations),
        });
        return;
    }
  }

  function addSale(partnerId: unknown, customerId: unknown, since: string): void {
    add('new-sale', 'resellerRelationships', `${partnerId}|${customerId}|${since}`, { partnerId, customerId, since });
  }

  function addSupply(providerId: unknown, resellerId: unknown, since: string): void {
    add('new-supply', 'supplies', `${providerId}|${resellerId}|${since}`, {
      providerId,
      resellerId,
      since,
      state: 'active',
    });
  }

  /** A GDAP relationship: the kind a reseller asks a new customer for. */
  function addManagement(partnerId: unknown, customerId: unknown, since: string): void {
    add('new-management', 'managementRelationships', `${partnerId}|${customerId}|gdap|${since}`, {
      partnerId,
      customerId,
      kind: 'gdap',
      since,
    });
  }

  /** `ownerId` owning `ownedId` (nothing when they are the same organization). */
  function addOwnership(ownerId: string, ownedId: unknown): void {
    if (ownerId === ownedId) return;
    add('new-ownership', 'ownerships', `${ownerId}|${ownedId}`, {
      ownerId,
      ownedId,
      share: random.pick([0.3, 0.51, 1]),
      directsManagement: random.chance(0.2),
      since: near(365, 10),
    });
  }

  /** A partner of the sample in `region` and `cloud` holding one of `labels`, other than `not`. */
  function partnerOf(place: Row, labels: readonly string[], not?: unknown): PlacedPartner | undefined {
    const fits = placed.filter(
      (p) =>
        p.region === place.region &&
        p.cloud === place.cloud &&
        p.id !== not &&
        p.labels.some((label) => labels.includes(label)),
    );
    return fits.length > 0 ? random.pick(fits) : undefined;
  }

  /** The change of `kind` to `row` that the graph's own records suggest; none when they suggest nothing. */
  function applyPlausible(kind: ChangeKind, row: Row, place: Row): void {
    switch (kind) {
      case 'new-sale': {
        const partner = partnerOf(place, ['IndirectReseller', 'DirectBill']);
        if (!partner) return;
        addSale(partner.id, row.customerId, near(365, 10));
        return;
      }
      case 'new-supply': {
        const provider = partnerOf(place, ['IndirectProvider'], row.resellerId);
        if (!provider) return;
        addSupply(provider.id, row.resellerId, near(365, 10));
        return;
      }
      case 'new-management':
        addManagement(place.seller, row.customerId, near(365, 10));
        return;
      case 'new-subscription': {
        const id = ids.guid();
        add(kind, 'subscriptions', id, { id, ...row, ...place, createdOn: near(60, 10), status: 'active' });
        return;
      }
      case 'new-ownership': {
        // A group of customers buying under one parent.
        if (customerOrganizations.length > 0) addOwnership(random.pick(customerOrganizations), row.ownedId);
        return;
      }
      case 'tenant-country': {
        const near = markets.filter((m) => m.region === place.region && m.code !== row.country);
        if (near.length === 0) return;
        add(kind, 'tenants', row.id as string, { ...row, country: random.pick(near).code });
        return;
      }
      case 'customer-organization': {
        if (customerOrganizations.length === 0) return;
        add(kind, 'customers', row.id as string, { ...row, organizationId: random.pick(customerOrganizations) });
        return;
      }
      default:
        applyChange(kind, row);
    }
  }

  const document: Record<string, unknown> = { format: IMPORT_FORMAT, version: IMPORT_VERSION };
  for (const [collection, rows] of Object.entries(records)) {
    if (rows.size > 0) document[collection] = [...rows.values()];
  }
  return { document, changes };
}
