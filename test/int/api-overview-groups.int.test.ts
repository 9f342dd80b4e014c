// The explorer's aggregates over real HTTP on the demo ecosystem: the overview, a network's groups of left-out
// neighbours with their counts and flags, and a page of one group, flagged members first.
import { GraphQLClient } from 'graphql-request';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { DEMO_IDS, useApiServer } from './api-harness';

const api = useApiServer();
let client: GraphQLClient;

beforeAll(async () => {
  client = new GraphQLClient(api.url(), { headers: { authorization: `Bearer ${api.key('viewer')}` } });
  const admin = new GraphQLClient(api.url(), { headers: { authorization: `Bearer ${api.key('admin')}` } });
  await admin.request(`mutation { runScan(asOf: "2026-01-01") { run { id } } }`);
});

interface Group {
  hub: string;
  relationship: string;
  hubIsSource: boolean;
  kind: string;
  total: number;
  drawn: number;
  violations: { flaggedMembers: number; maxSeverity: string | null };
}
interface NetworkResult {
  network: {
    perGroup: number;
    omittedNodes: number;
    truncated: boolean;
    nodes: { key: string; kind: string }[];
    edges: { key: string; type: string; from: string; to: string }[];
    groups: Group[];
  };
}
const networkQuery = `query N($rootId: ID!, $depth: Int!, $perGroup: Int) {
  network(rootId: $rootId, depth: $depth, limit: 2000, perGroup: $perGroup) {
    perGroup omittedNodes truncated
    nodes { key kind }
    edges { key type from to }
    groups { hub relationship hubIsSource kind total drawn violations { flaggedMembers maxSeverity } }
  }
}`;

describe('network groups', () => {
  it('takes at most perGroup neighbours per hub and relationship, and counts the rest in groups', async () => {
    const full = (await client.request<NetworkResult>(networkQuery, { rootId: DEMO_IDS.litwareEurope, depth: 1 }))
      .network;
    const one = (
      await client.request<NetworkResult>(networkQuery, { rootId: DEMO_IDS.litwareEurope, depth: 1, perGroup: 1 })
    ).network;
    const root = `Partner:${DEMO_IDS.litwareEurope}`;
    const supplied = full.edges.filter((edge) => edge.type === 'SUPPLIES' && edge.from === root);
    expect(supplied).toHaveLength(2);
    expect(full.groups).toEqual([]);
    expect(full.truncated).toBe(false);
    expect(one.edges.filter((edge) => edge.type === 'SUPPLIES' && edge.from === root)).toHaveLength(1);
    const resellers = one.groups.find((group) => group.relationship === 'SUPPLIES' && group.hubIsSource);
    expect(resellers).toMatchObject({ hub: root, kind: 'PARTNER', total: 2, drawn: 1 });
    expect(one.truncated).toBe(true);
    expect(one.omittedNodes).toBe(one.groups.reduce((sum, group) => sum + group.total - group.drawn, 0));
    // Every neighbour is drawn or counted in a group; one reached by two relationships may be drawn through one
    // and counted in the other, so the sum can exceed the neighbourhood but never fall short of it.
    expect(one.nodes.length).toBeLessThan(full.nodes.length);
    expect(one.nodes.length - 1 + one.omittedNodes).toBeGreaterThanOrEqual(full.nodes.length - 1);
  });

  it('flags a group by the worst open finding among its members, drawn or not', async () => {
    const { network } = await client.request<NetworkResult>(networkQuery, {
      rootId: DEMO_IDS.litwareEurope,
      depth: 1,
      perGroup: 1,
    });
    const resellers = network.groups.find((group) => group.relationship === 'SUPPLIES') as Group;
    // Fabrikam France, one of the two resellers, is the subject of a critical cross-region finding.
    expect(resellers.violations.flaggedMembers).toBeGreaterThan(0);
    expect(resellers.violations.maxSeverity).toBe('CRITICAL');
  });

  it('draws every relationship between two drawn entities once, and none to entities left out', async () => {
    const { network } = await client.request<NetworkResult>(networkQuery, {
      rootId: DEMO_IDS.fabrikamFrance,
      depth: 3,
      perGroup: 2,
    });
    const keys = new Set(network.nodes.map((node) => node.key));
    expect(new Set(network.edges.map((edge) => edge.key)).size).toBe(network.edges.length);
    for (const edge of network.edges) expect(keys.has(edge.from) && keys.has(edge.to)).toBe(true);
    const big = (await client.request<NetworkResult>(networkQuery, { rootId: DEMO_IDS.fabrikamFrance, depth: 3 }))
      .network;
    // Every relationship between the smaller network's entities is one the larger network also draws.
    const pairs = (edges: NetworkResult['network']['edges']) =>
      new Set(edges.map((e) => `${e.from}>${e.type}>${e.to}`));
    const bigPairs = pairs(big.edges);
    const inSmall = [...bigPairs].filter((pair) => {
      const [from, , to] = pair.split('>');
      return keys.has(from as string) && keys.has(to as string);
    });
    expect(pairs(network.edges)).toEqual(new Set(inSmall));
  });
});

describe("a supply chain's reseller-of-record customers", () => {
  const chainQuery = `query C($rootId: ID!, $perGroup: Int, $recorded: Boolean) {
    network(rootId: $rootId, depth: 2, limit: 2000, perGroup: $perGroup,
            filter: { relationshipTypes: [SUPPLIES, SELLS_TO], resellerOfRecordCustomers: $recorded }) {
      perGroup omittedNodes truncated
      nodes { key kind }
      edges { key type from to }
      groups { hub relationship hubIsSource kind total drawn violations { flaggedMembers maxSeverity } }
    }
  }`;
  /** The subscriptions naming a partner reseller of record for a customer it does not sell to, read straight from
   * the graph: partner key -> subscription key -> customer key. */
  async function unsoldRecords(partnerKeys: readonly string[]) {
    const rows = await readRows(
      api.db(),
      z.object({ partner: z.string(), subscription: z.string(), customer: z.string() }),
      `MATCH (p:Partner)<-[:RESELLER_OF_RECORD]-(s:Subscription)-[:FOR]->(c:Customer)
         WHERE 'Partner:' + p.id IN $partners AND NOT (p)-[:SELLS_TO]->(c)
         RETURN 'Partner:' + p.id AS partner, 'Subscription:' + s.id AS subscription, 'Customer:' + c.id AS customer`,
      { partners: partnerKeys },
    );
    return rows;
  }

  it('draws the customers of subscriptions naming a partner of the chain reseller of record, with both relationships', async () => {
    const plain = (await client.request<NetworkResult>(chainQuery, { rootId: DEMO_IDS.litwareEurope, recorded: false }))
      .network;
    const chain = (await client.request<NetworkResult>(chainQuery, { rootId: DEMO_IDS.litwareEurope, recorded: true }))
      .network;
    const partners = chain.nodes.filter((node) => node.kind === 'PARTNER').map((node) => node.key);
    const expected = await unsoldRecords(partners);
    // The demo has them: Litware Europe named on a subscription of a customer it does not sell to, and Contoso Europe.
    expect(new Set(expected.map((row) => row.partner)).size).toBeGreaterThanOrEqual(2);
    const keys = new Set(chain.nodes.map((node) => node.key));
    const has = (type: string, from: string, to: string) =>
      chain.edges.some((edge) => edge.type === type && edge.from === from && edge.to === to);
    for (const row of expected) {
      expect(keys.has(row.subscription) && keys.has(row.customer)).toBe(true);
      expect(has('RESELLER_OF_RECORD', row.subscription, row.partner)).toBe(true);
      expect(has('FOR', row.subscription, row.customer)).toBe(true);
    }
    // Only those: a subscription whose reseller of record sells to its customer stays out of the supply chain.
    expect(chain.edges.filter((edge) => edge.type === 'RESELLER_OF_RECORD')).toHaveLength(expected.length);
    expect(chain.nodes.filter((node) => node.kind === 'SUBSCRIPTION')).toHaveLength(
      new Set(expected.map((row) => row.subscription)).size,
    );
    // Without asking, the chain follows supplies and sales alone, and these customers are missing from it.
    expect(plain.edges.filter((edge) => !['SUPPLIES', 'SELLS_TO'].includes(edge.type))).toEqual([]);
    const plainKeys = new Set(plain.nodes.map((node) => node.key));
    expect(expected.some((row) => !plainKeys.has(row.customer))).toBe(true);
    for (const node of plain.nodes) expect(keys.has(node.key)).toBe(true);
  });

  it('counts those left out in the group of subscriptions naming the partner', async () => {
    // Contoso US, a reseller, is named on two subscriptions of customers it does not sell to; with one per group,
    // one is drawn and the group of subscriptions naming it is counted.
    const chain = (
      await client.request<NetworkResult>(chainQuery, { rootId: DEMO_IDS.contosoUs, recorded: true, perGroup: 1 })
    ).network;
    const contoso = `Partner:${DEMO_IDS.contosoUs}`;
    expect((await unsoldRecords([contoso])).length).toBe(2);
    expect(chain.edges.filter((edge) => edge.type === 'RESELLER_OF_RECORD' && edge.to === contoso)).toHaveLength(1);
    const group = chain.groups.find((g) => g.hub === contoso && g.relationship === 'RESELLER_OF_RECORD');
    expect(group).toMatchObject({ hubIsSource: false, kind: 'SUBSCRIPTION', total: 2, drawn: 1 });
    const all = (await client.request<NetworkResult>(chainQuery, { rootId: DEMO_IDS.contosoUs, recorded: true }))
      .network;
    expect(all.edges.filter((edge) => edge.type === 'RESELLER_OF_RECORD' && edge.to === contoso)).toHaveLength(2);
    expect(all.groups.filter((g) => g.relationship === 'RESELLER_OF_RECORD')).toEqual([]);
  });
});

describe('group pages', () => {
  const pageQuery = `query G($hub: ID!, $search: String, $sort: GroupSort, $first: Int, $after: String) {
    groupMembers(hubId: $hub, hubKind: PARTNER, relationship: SUPPLIES, hubIsSource: true, kind: PARTNER,
                 search: $search, sort: $sort, first: $first, after: $after) {
      totalCount flaggedCount hasNextPage endCursor
      nodes { key name violations { openFindings } }
      edges { type from to }
    }
  }`;
  interface PageResult {
    groupMembers: {
      totalCount: number;
      flaggedCount: number;
      hasNextPage: boolean;
      endCursor: string | null;
      nodes: { key: string; name: string; violations: { openFindings: number } }[];
      edges: { type: string; from: string; to: string }[];
    };
  }

  it('pages a group flagged members first, and by name on request', async () => {
    const first = (await client.request<PageResult>(pageQuery, { hub: DEMO_IDS.litwareEurope, first: 1 })).groupMembers;
    expect(first.totalCount).toBe(2);
    expect(first.flaggedCount).toBe(1);
    expect(first.nodes.map((node) => node.name)).toEqual(['Fabrikam France']);
    expect(first.nodes[0]?.violations.openFindings).toBeGreaterThan(0);
    expect(first.edges).toEqual([
      { type: 'SUPPLIES', from: `Partner:${DEMO_IDS.litwareEurope}`, to: first.nodes[0]?.key },
    ]);
    expect(first.hasNextPage).toBe(true);
    const second = (
      await client.request<PageResult>(pageQuery, { hub: DEMO_IDS.litwareEurope, first: 1, after: first.endCursor })
    ).groupMembers;
    expect(second.nodes.map((node) => node.name)).toEqual(['Contoso Europe']);
    expect(second.hasNextPage).toBe(false);
    const byName = (await client.request<PageResult>(pageQuery, { hub: DEMO_IDS.litwareEurope, sort: 'NAME' }))
      .groupMembers;
    expect(byName.nodes.map((node) => node.name)).toEqual(['Contoso Europe', 'Fabrikam France']);
  });

  it('searches inside the group by name', async () => {
    const found = (await client.request<PageResult>(pageQuery, { hub: DEMO_IDS.litwareEurope, search: 'contoso' }))
      .groupMembers;
    expect(found.nodes.map((node) => node.name)).toEqual(['Contoso Europe']);
    expect(found.totalCount).toBe(1);
    expect(found.flaggedCount).toBe(0);
  });

  it('refuses a relationship the hub cannot have', async () => {
    const result = await api.gql(
      `{ groupMembers(hubId: "${DEMO_IDS.litwareEurope}", hubKind: PARTNER, relationship: FOR, hubIsSource: true, kind: CUSTOMER) { totalCount } }`,
      {},
      { role: 'viewer' },
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('overview', () => {
  it('lists each region with its providers and direct-bill partners, their counts and findings', async () => {
    const { overview } = await client.request<{
      overview: {
        openFindingsBySeverity: { severity: string; count: number }[];
        regions: {
          name: string;
          accountCount: number;
          openFindingsBySeverity: { severity: string; count: number }[];
          accounts: {
            id: string;
            name: string;
            roles: string[];
            resellers: number;
            customers: number;
            subscriptions: number;
            openFindingsBySeverity: { severity: string; count: number }[];
          }[];
        }[];
      };
    }>(`{ overview(perRegion: 50) {
      openFindingsBySeverity { severity count }
      regions { name accountCount openFindingsBySeverity { severity count }
        accounts { id name roles resellers customers subscriptions openFindingsBySeverity { severity count } } }
    } }`);
    const accounts = overview.regions.flatMap((region) => region.accounts);
    const litware = accounts.find((account) => account.id === DEMO_IDS.litwareEurope);
    expect(litware?.roles).toContain('INDIRECT_PROVIDER');
    expect(litware?.resellers).toBe(2);
    // Litware's customers: its resellers' and its own, counted from the network itself.
    const chain = (await client.request<NetworkResult>(networkQuery, { rootId: DEMO_IDS.litwareEurope, depth: 2 }))
      .network;
    const root = `Partner:${DEMO_IDS.litwareEurope}`;
    const sellers = new Set([
      root,
      ...chain.edges.filter((e) => e.type === 'SUPPLIES' && e.from === root).map((e) => e.to),
    ]);
    const sales = chain.edges.filter((edge) => edge.type === 'SELLS_TO' && sellers.has(edge.from));
    expect(litware?.customers).toBe(sales.length);
    // Fabrikam France, a reseller Litware supplies, answers for a critical finding.
    expect(litware?.openFindingsBySeverity.find((row) => row.severity === 'CRITICAL')?.count).toBeGreaterThan(0);
    // Resellers alone are not listed; every listed account is a provider or direct-bill partner.
    for (const account of accounts) {
      expect(account.roles.some((role) => role === 'INDIRECT_PROVIDER' || role === 'DIRECT_BILL')).toBe(true);
    }
    const total = (rows: { count: number }[]) => rows.reduce((sum, row) => sum + row.count, 0);
    expect(total(overview.openFindingsBySeverity)).toBeGreaterThan(0);
    expect(overview.regions.reduce((sum, region) => sum + total(region.openFindingsBySeverity), 0)).toBeLessThanOrEqual(
      total(overview.openFindingsBySeverity),
    );
    const one = await client.request<{ overview: { regions: { accounts: unknown[]; accountCount: number }[] } }>(
      `{ overview(perRegion: 1) { regions { accountCount accounts { id } } } }`,
    );
    for (const region of one.overview.regions) expect(region.accounts.length).toBe(Math.min(1, region.accountCount));
  });
});
