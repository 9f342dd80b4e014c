// A small ecosystem for scoped access: two provider networks across two regions, each entity tagged with the network
// and the region it belongs to, so a test can say by hand what a scoped caller should see.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Network = 'P1' | 'P2';
export type RegionName = 'Europe' | 'Japan';

export interface Tagged {
  kind: 'Organization' | 'Partner' | 'Tenant' | 'Customer' | 'Subscription';
  id: string;
  name: string;
  network: Network;
  region: RegionName;
}

const REGION_OF: Record<string, RegionName> = { DE: 'Europe', FR: 'Europe', JP: 'Japan' };

function gid(n: number): string {
  return `5c0be000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

interface PartnerSpec {
  key: string;
  name: string;
  country: string;
  role: 'indirect-provider' | 'indirect-reseller';
  network: Network;
  provider?: string;
}
interface CustomerSpec {
  key: string;
  name: string;
  country: string;
  reseller: string;
}

const PARTNERS: PartnerSpec[] = [
  { key: 'P1', name: 'Scopetest Provider One', country: 'DE', role: 'indirect-provider', network: 'P1' },
  {
    key: 'R1a',
    name: 'Scopetest Reseller Onea',
    country: 'FR',
    role: 'indirect-reseller',
    network: 'P1',
    provider: 'P1',
  },
  {
    key: 'R1b',
    name: 'Scopetest Reseller Oneb',
    country: 'DE',
    role: 'indirect-reseller',
    network: 'P1',
    provider: 'P1',
  },
  { key: 'P2', name: 'Scopetest Provider Two', country: 'JP', role: 'indirect-provider', network: 'P2' },
  {
    key: 'R2a',
    name: 'Scopetest Reseller Twoa',
    country: 'JP',
    role: 'indirect-reseller',
    network: 'P2',
    provider: 'P2',
  },
  // Supplied across regions: in the network of a provider in Japan, but itself in Europe.
  {
    key: 'R2x',
    name: 'Scopetest Reseller Twox',
    country: 'FR',
    role: 'indirect-reseller',
    network: 'P2',
    provider: 'P2',
  },
];
const CUSTOMERS: CustomerSpec[] = [
  { key: 'C1', name: 'Scopetest Customer One', country: 'DE', reseller: 'R1a' },
  // In the network of the provider in Europe, but on a tenant in Japan.
  { key: 'C2', name: 'Scopetest Customer Two', country: 'JP', reseller: 'R1b' },
  { key: 'C3', name: 'Scopetest Customer Three', country: 'JP', reseller: 'R2a' },
  { key: 'C4', name: 'Scopetest Customer Four', country: 'FR', reseller: 'R2x' },
];

export interface ScopedEcosystem {
  file: string;
  ids: Record<string, string>;
  entities: Tagged[];
}

/** Writes the import document to a temporary file and returns it with every entity's tags. */
export function writeScopedEcosystem(): ScopedEcosystem {
  let n = 0;
  const ids: Record<string, string> = {};
  const id = (key: string) => {
    ids[key] ??= gid(++n);
    return ids[key];
  };
  const entities: Tagged[] = [];
  const tag = (kind: Tagged['kind'], key: string, name: string, network: Network, country: string) =>
    entities.push({ kind, id: id(key), name, network, region: REGION_OF[country] as RegionName });
  const partnerOf = new Map(PARTNERS.map((p) => [p.key, p]));
  const document = {
    format: 'csp-graph',
    version: 1,
    organizations: [
      ...PARTNERS.map((p) => ({ id: id(`org-${p.key}`), name: `${p.name} Ltd`, country: p.country })),
      ...CUSTOMERS.map((c) => ({ id: id(`org-${c.key}`), name: `${c.name} Ltd`, country: c.country })),
    ],
    tenants: [
      ...PARTNERS.map((p) => ({ id: id(`t-${p.key}`), country: p.country, kind: 'csp' })),
      ...CUSTOMERS.map((c) => ({ id: id(`t-${c.key}`), country: c.country, kind: 'customer' })),
    ],
    partners: PARTNERS.map((p, index) => ({
      id: id(p.key),
      mpnId: String(7100000 + index),
      name: p.name,
      organizationId: id(`org-${p.key}`),
      tenantId: id(`t-${p.key}`),
      country: p.country,
      roles: [p.role],
      status: 'active',
      mpaSignedOn: '2020-01-01',
    })),
    customers: CUSTOMERS.map((c) => ({
      id: id(c.key),
      name: c.name,
      tenantId: id(`t-${c.key}`),
      country: c.country,
      organizationId: id(`org-${c.key}`),
    })),
    supplies: PARTNERS.filter((p) => p.provider).map((p) => ({
      providerId: id(p.provider as string),
      resellerId: id(p.key),
      since: '2021-01-01',
    })),
    resellerRelationships: CUSTOMERS.map((c) => ({
      partnerId: id(c.reseller),
      customerId: id(c.key),
      since: '2022-01-01',
    })),
    // A tie between the networks: a reseller of the second manages a customer of the first (no sale).
    managementRelationships: [{ partnerId: id('R2a'), customerId: id('C2'), kind: 'gdap', since: '2023-01-01' }],
    subscriptions: CUSTOMERS.map((c) => {
      const reseller = partnerOf.get(c.reseller) as PartnerSpec;
      return {
        id: id(`s-${c.key}`),
        customerId: id(c.key),
        billedById: id(reseller.provider as string),
        resellerOfRecordId: id(c.reseller),
        tenantId: id(`t-${c.key}`),
        createdOn: '2023-01-01',
        offerName: `Scopetest Offer ${c.key}`,
      };
    }),
  };
  for (const p of PARTNERS) {
    tag('Partner', p.key, p.name, p.network, p.country);
    tag('Organization', `org-${p.key}`, `${p.name} Ltd`, p.network, p.country);
    tag('Tenant', `t-${p.key}`, id(`t-${p.key}`), p.network, p.country);
  }
  for (const c of CUSTOMERS) {
    const network = (partnerOf.get(c.reseller) as PartnerSpec).network;
    tag('Customer', c.key, c.name, network, c.country);
    tag('Organization', `org-${c.key}`, `${c.name} Ltd`, network, c.country);
    tag('Tenant', `t-${c.key}`, id(`t-${c.key}`), network, c.country);
    tag('Subscription', `s-${c.key}`, `Scopetest Offer ${c.key}`, network, c.country);
  }
  const file = path.join(tmpdir(), `scoped-ecosystem-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(document));
  return { file, ids, entities };
}
