// The generator's ground truth against an independent, in-memory reading of docs/rules.md over the generated files:
// every planted finding (collateral ones included) and nothing in the compliant bulk.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEcosystem, type Manifest } from '../../server/generate/generate-ecosystem';
import { COLLECTIONS } from '../../server/import/import-schema';
import { MPA_REQUIRED_FROM } from '../../server/model/graph-model';
import { defaultRegionTable } from '../../server/regions/region-table';
import { loadCatalog } from '../../server/rules/catalog';

/** Generation runs in a hook; unit test files run side by side on a shared machine, so allow it time. */
const GENERATION_TIMEOUT_MS = 120_000;

type Row = Record<string, string>;

interface Graph {
  organizations: Row[];
  ownerships: Row[];
  tenants: Map<string, Row>;
  partners: Map<string, Row>;
  roles: Map<string, Set<string>>;
  customers: Map<string, Row>;
  subscriptions: Row[];
  supplies: Row[];
  sellsTo: Row[];
  manages: Row[];
}

async function readRows(folder: string, file: string): Promise<Row[]> {
  return parse(await readFile(path.join(folder, file), 'utf8'), { columns: true }) as Row[];
}

async function loadGraph(folder: string): Promise<Graph> {
  const read = (key: keyof typeof COLLECTIONS) => readRows(folder, COLLECTIONS[key].csvFile);
  const byId = (rows: Row[]) => new Map(rows.map((row) => [row.id as string, row]));
  const partners = await read('partners');
  return {
    organizations: await read('organizations'),
    ownerships: await read('ownerships'),
    tenants: byId(await read('tenants')),
    partners: byId(partners),
    roles: new Map(partners.map((row) => [row.id as string, new Set(row.roles?.split(';'))])),
    customers: byId(await read('customers')),
    subscriptions: await read('subscriptions'),
    supplies: await read('supplies'),
    sellsTo: await read('resellerRelationships'),
    manages: await read('managementRelationships'),
  };
}

/** The points where a reasonable reading of the rules could differ; the ground truth must hold under each. */
interface Reading {
  /** Which supply relationships the relationship rules look at: active by dates, active by dates and state, or
   * every one that has started. */
  supplies: 'dated' | 'dated-and-state' | 'started';
  /** Whether reseller-not-enrolled looks only at accounts with the indirect-reseller role. */
  enrolmentNeedsResellerRole: boolean;
}

const READINGS: Reading[] = [
  { supplies: 'dated', enrolmentNeedsResellerRole: true },
  { supplies: 'dated-and-state', enrolmentNeedsResellerRole: true },
  { supplies: 'started', enrolmentNeedsResellerRole: false },
];

function findings(graph: Graph, asOf: string, reading: Reading): string[] {
  const result = new Set<string>();
  const add = (rule: string, ...subjects: (string | undefined)[]) => result.add(`${rule},${subjects.join('|')}`);
  const regionOf = new Map(defaultRegionTable().rows.map((row) => [row.code, row.region]));
  const partner = (id: string | undefined) => (id ? graph.partners.get(id) : undefined);
  const tenantOf = (id: string | undefined) => graph.tenants.get(id ?? '');
  const partnerRegion = (id: string) => regionOf.get(partner(id)?.country ?? '');
  const customerRegion = (id: string) => regionOf.get(tenantOf(graph.customers.get(id)?.tenantId)?.country ?? '');
  const partnerCloud = (id: string) => tenantOf(partner(id)?.tenantId)?.cloud;
  const customerCloud = (id: string) => tenantOf(graph.customers.get(id)?.tenantId)?.cloud;
  const activeAt = (row: Row, date: string) =>
    (row.since ?? '') <= date && (!row.until || (row.until as string) > date);
  const active = (row: Row) => activeAt(row, asOf);
  const suppliesInScope = graph.supplies.filter((row) =>
    reading.supplies === 'started'
      ? (row.since ?? '') <= asOf
      : active(row) && (reading.supplies === 'dated' || (row.state || 'active') === 'active'),
  );
  const activeSupplies = graph.supplies.filter(active);
  const counted = graph.subscriptions.filter((row) => (row.createdOn ?? '') <= asOf);
  const has = (id: string | undefined, role: string) => graph.roles.get(id ?? '')?.has(role) === true;

  const sales = new Set<string>();
  for (const row of graph.sellsTo.filter(active)) sales.add(`${row.partnerId}|${row.customerId}`);
  for (const row of counted) {
    sales.add(`${row.billedById}|${row.customerId}`);
    if (row.resellerOfRecordId) sales.add(`${row.resellerOfRecordId}|${row.customerId}`);
  }

  const controllers = new Map<string, string[]>();
  for (const row of graph.ownerships) {
    if (Number(row.share) > 0.5 || row.directsManagement === 'true') {
      controllers.set(row.ownedId as string, [
        ...(controllers.get(row.ownedId as string) ?? []),
        row.ownerId as string,
      ]);
    }
  }
  const above = (organization: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [...(controllers.get(organization) ?? [])];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(controllers.get(next) ?? []));
    }
    return seen;
  };
  const affiliated = (a: string, b: string) => {
    if (a === b) return false;
    const [upA, upB] = [above(a), above(b)];
    return upA.has(b) || upB.has(a) || [...upA].some((organization) => upB.has(organization));
  };

  for (const sale of sales) {
    const [partnerId = '', customerId = ''] = sale.split('|');
    if (partnerRegion(partnerId) !== customerRegion(customerId)) add('cross-region-sale', partnerId, customerId);
    const own = partner(partnerId)?.organizationId;
    const theirs = graph.customers.get(customerId)?.organizationId;
    if (own && theirs && own === theirs) add('self-sale', partnerId, customerId);
    if (own && theirs && affiliated(own, theirs)) add('affiliate-sale', partnerId, customerId);
  }

  for (const row of suppliesInScope) {
    const { providerId = '', resellerId = '' } = row;
    if (partnerRegion(providerId) !== partnerRegion(resellerId)) {
      add('cross-region-partnership', providerId, resellerId);
    }
    if (!has(providerId, 'indirect-provider') || !has(resellerId, 'indirect-reseller')) {
      add('partner-to-partner-resale', providerId, resellerId);
    }
    if (partnerCloud(providerId) !== partnerCloud(resellerId)) add('cross-cloud-link', providerId, resellerId);
  }

  const customersOnTenant = new Map<string, string[]>();
  for (const customer of graph.customers.values()) {
    customersOnTenant.set(customer.tenantId as string, [
      ...(customersOnTenant.get(customer.tenantId as string) ?? []),
      customer.id as string,
    ]);
  }
  for (const row of graph.supplies.filter(
    (supply) => active(supply) && (reading.supplies !== 'dated-and-state' || (supply.state || 'active') === 'active'),
  )) {
    const { providerId = '', resellerId = '' } = row;
    for (const customerId of customersOnTenant.get(partner(resellerId)?.tenantId ?? '') ?? []) {
      const throughReseller = graph.sellsTo.some(
        (sale) =>
          sale.customerId === customerId &&
          active(sale) &&
          activeSupplies.some((supply) => supply.providerId === providerId && supply.resellerId === sale.partnerId),
      );
      if (sales.has(`${providerId}|${customerId}`) || throughReseller) {
        add('reseller-customer-of-own-provider', providerId, resellerId, customerId);
      }
    }
  }

  // A CSP tenant is one of kind csp or one a partner uses. A customer on it is a finding whoever sells to it or bills
  // it (sample scenario 6's reseller tenant buying through the indirect chain included); a subscription is a finding
  // of its own only on a tenant other than its customer's.
  const owners = new Set([...graph.partners.values()].map((account) => account.tenantId as string));
  const cspTenants = new Set(
    [...graph.tenants.values()]
      .map((tenant) => tenant.id as string)
      .filter((id) => tenantOf(id)?.kind === 'csp' || owners.has(id)),
  );
  for (const customer of graph.customers.values()) {
    const tenantId = customer.tenantId as string;
    if (cspTenants.has(tenantId)) add('csp-tenant-as-customer', customer.id, tenantId);
  }

  const unsigned = (id: string | undefined, date: string) => {
    const signed = partner(id)?.mpaSignedOn;
    return !signed || signed > date;
  };
  const notReady = (id: string | undefined, date: string) => {
    if (reading.enrolmentNeedsResellerRole && !has(id, 'indirect-reseller')) return false;
    const account = partner(id);
    return !account?.onboardedOn || !account.enrolledOn || date < account.onboardedOn || date < account.enrolledOn;
  };
  for (const row of suppliesInScope) {
    const { providerId = '', resellerId = '', since = '' } = row;
    if (since >= MPA_REQUIRED_FROM) {
      for (const id of [providerId, resellerId]) {
        if (unsigned(id, since)) add('mpa-not-signed', id, providerId, resellerId);
      }
    }
    if (notReady(resellerId, since)) add('reseller-not-enrolled', resellerId, providerId);
  }

  for (const row of counted) {
    const { id = '', billedById = '', resellerOfRecordId: reseller, createdOn = '', customerId = '' } = row;
    const ownTenant = graph.customers.get(customerId)?.tenantId;
    if (cspTenants.has(row.tenantId as string) && row.tenantId !== ownTenant) {
      add('csp-tenant-as-customer', id, row.tenantId);
    }
    if (createdOn >= MPA_REQUIRED_FROM) {
      for (const transacting of [billedById, reseller]) {
        if (transacting && unsigned(transacting, createdOn)) add('mpa-not-signed', transacting, id);
      }
    }
    if (reseller && notReady(reseller, createdOn)) add('reseller-not-enrolled', reseller, id);
    const roles = graph.roles.get(billedById);
    if (roles?.size === 1 && roles.has('indirect-reseller')) add('reseller-billed-directly', billedById, id);
    if (roles?.has('indirect-provider')) {
      if (!reseller && !roles.has('direct-bill')) add('provider-direct-sale', billedById, id);
      const supplied = graph.supplies.some(
        (supply) => supply.providerId === billedById && supply.resellerId === reseller && activeAt(supply, createdOn),
      );
      if (reseller && (reseller === billedById || !has(reseller, 'indirect-reseller') || !supplied)) {
        add('reseller-of-record-not-supplied', billedById, reseller, id);
      }
    }
    const clouds = new Set([
      customerCloud(customerId),
      tenantOf(row.tenantId)?.cloud,
      partnerCloud(billedById),
      ...(reseller ? [partnerCloud(reseller)] : []),
    ]);
    if (clouds.size > 1) add('cross-cloud-link', id);
  }

  for (const row of [...graph.sellsTo, ...graph.manages].filter(active)) {
    if (partnerCloud(row.partnerId as string) !== customerCloud(row.customerId as string)) {
      add('cross-cloud-link', row.partnerId, row.customerId);
    }
  }
  return [...result].sort();
}

/** Which kind of entity each subject position names, per rule (the alternatives of docs/rules.md). */
const SUBJECT_KINDS: Record<string, string[][]> = {
  'cross-region-sale': [['partner', 'customer']],
  'cross-region-partnership': [['partner', 'partner']],
  'self-sale': [['partner', 'customer']],
  'affiliate-sale': [['partner', 'customer']],
  'reseller-customer-of-own-provider': [['partner', 'partner', 'customer']],
  'csp-tenant-as-customer': [
    ['customer', 'tenant'],
    ['subscription', 'tenant'],
  ],
  'mpa-not-signed': [
    ['partner', 'subscription'],
    ['partner', 'partner', 'partner'],
  ],
  'reseller-not-enrolled': [
    ['partner', 'subscription'],
    ['partner', 'partner'],
  ],
  'reseller-billed-directly': [['partner', 'subscription']],
  'reseller-of-record-not-supplied': [['partner', 'partner', 'subscription']],
  'provider-direct-sale': [['partner', 'subscription']],
  'partner-to-partner-resale': [['partner', 'partner']],
  'cross-cloud-link': [['partner', 'partner'], ['partner', 'customer'], ['subscription']],
};

describe('generated ground truth', () => {
  let out: string;
  let graph: Graph;
  let truth: string[];
  let manifest: Manifest;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'csp-generate-truth-'));
    manifest = await generateEcosystem({
      customers: 2000,
      seed: 'ground-truth',
      out,
      violationRate: 0.005,
      asOf: '2025-06-30',
    });
    graph = await loadGraph(path.join(out, 'data'));
    const text = await readFile(path.join(out, 'ground-truth.csv'), 'utf8');
    const [header, ...rows] = text.trimEnd().split('\n');
    expect(header).toBe('rule,subjects');
    truth = rows;
  }, GENERATION_TIMEOUT_MS);

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it.each(READINGS)('equals an independent evaluation of every rule (supplies: $supplies)', (reading) => {
    expect(findings(graph, manifest.asOf, reading)).toEqual([...truth].sort());
  });

  it('has at least one finding of every rule, no duplicates, sorted, and counts that match the manifest', () => {
    const rules = truth.map((row) => row.split(',')[0]);
    const ruleIds = loadCatalog().map((rule) => rule.id);
    expect(new Set(rules)).toEqual(new Set(ruleIds));
    expect(new Set(truth).size).toBe(truth.length);
    expect(truth).toEqual([...truth].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(Object.keys(manifest.findings)).toEqual(ruleIds);
    for (const rule of ruleIds) {
      expect(manifest.findings[rule]).toBe(rules.filter((id) => id === rule).length);
    }
  });

  it('names only entities of the generated data, each of the kind the rule subjects call for', () => {
    const subscriptions = new Set(graph.subscriptions.map((row) => row.id));
    const exists: Record<string, (id: string) => boolean> = {
      partner: (id) => graph.partners.has(id),
      customer: (id) => graph.customers.has(id),
      tenant: (id) => graph.tenants.has(id),
      subscription: (id) => subscriptions.has(id),
    };
    for (const row of truth) {
      const [rule = '', subjects = ''] = row.split(',');
      const ids = subjects.split('|');
      const fits = (SUBJECT_KINDS[rule] ?? []).some(
        (kinds) => kinds.length === ids.length && kinds.every((kind, index) => exists[kind]?.(ids[index] ?? '')),
      );
      expect(fits, `${row} names an id that is not a ${rule} subject of the data`).toBe(true);
    }
  });

  it('finds nothing in an ecosystem generated with a violation rate of 0', async () => {
    const clean = await mkdtemp(path.join(tmpdir(), 'csp-generate-clean-'));
    try {
      const result = await generateEcosystem({
        customers: 2000,
        seed: 'clean',
        out: clean,
        violationRate: 0,
        asOf: '2025-06-30',
      });
      expect(Object.values(result.findings).every((count) => count === 0)).toBe(true);
      expect(await readFile(path.join(clean, 'ground-truth.csv'), 'utf8')).toBe('rule,subjects\n');
      const cleanGraph = await loadGraph(path.join(clean, 'data'));
      for (const reading of READINGS) expect(findings(cleanGraph, result.asOf, reading)).toEqual([]);
    } finally {
      await rm(clean, { recursive: true, force: true });
    }
  });
});
