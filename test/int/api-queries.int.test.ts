// Every query of the GraphQL API over real HTTP, through the graphql-request client, on the demo ecosystem.
import { ClientError, GraphQLClient } from 'graphql-request';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, useApiServer } from './api-harness';

const api = useApiServer();
let client: GraphQLClient;
const runIds: string[] = [];

beforeAll(async () => {
  client = new GraphQLClient(api.url(), { headers: { authorization: `Bearer ${api.key('viewer')}` } });
  const admin = new GraphQLClient(api.url(), { headers: { authorization: `Bearer ${api.key('admin')}` } });
  const scan = `mutation Scan($asOf: Date, $ruleIds: [ID!]) { runScan(asOf: $asOf, ruleIds: $ruleIds) { run { id } } }`;
  // Two runs: the first covers two rules, the second the whole catalog, so their comparison has new findings.
  for (const variables of [
    { asOf: '2026-01-01', ruleIds: ['cross-region-sale', 'self-sale'] },
    { asOf: '2026-01-01' },
  ]) {
    const result = await admin.request<{ runScan: { run: { id: string } } }>(scan, variables);
    runIds.push(result.runScan.run.id);
  }
});

async function expectCode(promise: Promise<unknown>, code: string): Promise<ClientError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ClientError);
  const clientError = error as ClientError;
  expect(clientError.response.errors?.[0]?.extensions?.code).toBe(code);
  return clientError;
}

describe('lookups', () => {
  it('finds a partner by id and by PartnerID, with its organization, tenant, country and region', async () => {
    const query = `query P($id: ID, $mpnId: String) {
      partner(id: $id, mpnId: $mpnId) {
        id mpnId name roles status mpaSignedOn
        organization { name } tenant { id tenantKind cloud } country { code region { name } } region { name }
      }
    }`;
    const byId = await client.request<{ partner: { mpnId: string; name: string; roles: string[] } }>(query, {
      id: DEMO_IDS.litwareEurope,
    });
    expect(byId.partner).toMatchObject({
      name: 'Litware Europe',
      roles: ['INDIRECT_PROVIDER'],
      organization: { name: 'Litware, Inc.' },
      tenant: { tenantKind: 'CSP', cloud: 'COMMERCIAL' },
      country: { code: 'DE', region: { name: 'Europe' } },
      region: { name: 'Europe' },
    });
    const byMpnId = await client.request<{ partner: { id: string } }>(query, { mpnId: byId.partner.mpnId });
    expect(byMpnId.partner.id).toBe(DEMO_IDS.litwareEurope);
    await expectCode(client.request(query, {}), 'BAD_USER_INPUT');
    expect(await client.request(query, { mpnId: '000000' })).toEqual({ partner: null });
  });

  it('looks up a customer with its tenant, subscriptions and partners, and a tenant with what is on it', async () => {
    const result = await client.request<{
      customer: { tenant: { id: string }; subscriptions: { totalCount: number }; partners: { edges: unknown[] } };
    }>(
      `query C($id: ID!) {
        customer(id: $id) {
          name domain region { name } country { code } organization { name }
          tenant { id tenantKind region { name } }
          subscriptions { totalCount edges { node { id name createdOn status billedBy { name } resellerOfRecord { name } } } }
          partners { totalCount edges { active since partner { name } } }
          managers { totalCount }
        }
      }`,
      { id: DEMO_IDS.woodgroveBank },
    );
    expect(result.customer).toMatchObject({ name: 'Woodgrove Bank', region: { name: 'United States' } });
    expect(result.customer.subscriptions.totalCount).toBeGreaterThan(0);
    const tenant = await client.request<{ tenant: { customers: { edges: { node: { id: string } }[] } } }>(
      `query T($id: ID!) { tenant(id: $id) { name customers { edges { node { id } } } subscriptions { totalCount } partners { totalCount } } }`,
      { id: result.customer.tenant.id },
    );
    expect(tenant.tenant.customers.edges.map((edge) => edge.node.id)).toContain(DEMO_IDS.woodgroveBank);
  });

  it('resolves any entity by id, a subscription, a country and a region', async () => {
    const result = await client.request<{ entity: { __typename: string; name: string } }>(
      `query E($id: ID!) {
        entity(id: $id) { __typename kind name }
        country(code: "FR") { name currencies region { name } }
        region(name: "Europe") { name countries(first: 2) { totalCount edges { node { code } } } statistics { partners } }
      }`,
      { id: DEMO_IDS.fabrikamFrance },
    );
    expect(result).toMatchObject({
      entity: { __typename: 'Partner', kind: 'PARTNER', name: 'Fabrikam France' },
      country: { region: { name: 'Europe' } },
      region: { name: 'Europe' },
    });
    expect(await client.request(`{ entity(id: "no-such-id") { id } }`)).toEqual({ entity: null });
  });
});

describe('lists and pagination', () => {
  it('pages through every partner with cursors, without gaps or repeats', async () => {
    const query = `query Page($after: String) {
      partners(first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const result: {
        partners: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      } = await client.request(query, { after });
      total = result.partners.totalCount;
      expect(result.partners.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...result.partners.edges.map((edge) => edge.node.id));
      if (!result.partners.pageInfo.hasNextPage) break;
      after = result.partners.pageInfo.endCursor;
    }
    expect(total).toBe(15);
    expect(new Set(seen).size).toBe(15);
  });

  it('filters partners by role and region, customers by region, and lists organizations', async () => {
    const result = await client.request<{
      providers: { edges: { node: { roles: string[] } }[] };
      europe: { edges: { node: { region: { name: string } } }[] };
      customers: { edges: { node: { region: { name: string } } }[] };
      organizations: { totalCount: number };
    }>(`{
      providers: partners(role: INDIRECT_PROVIDER, first: 50) { edges { node { roles } } }
      europe: partners(region: "Europe", first: 50) { edges { node { region { name } } } }
      customers(region: "United States", first: 50) { edges { node { region { name } } } }
      organizations(first: 1) { totalCount }
    }`);
    expect(result.providers.edges.length).toBeGreaterThan(0);
    expect(result.providers.edges.every((edge) => edge.node.roles.includes('INDIRECT_PROVIDER'))).toBe(true);
    expect(result.europe.edges.every((edge) => edge.node.region.name === 'Europe')).toBe(true);
    expect(result.customers.edges.every((edge) => edge.node.region.name === 'United States')).toBe(true);
    expect(result.organizations.totalCount).toBe(15);
  });

  it('refuses a page larger than 100 and a cursor it did not give out', async () => {
    await expectCode(client.request(`{ partners(first: 101) { totalCount } }`), 'BAD_USER_INPUT');
    await expectCode(client.request(`{ partners(after: "bm9wZQ") { totalCount } }`), 'BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('finds entities by a prefix of their name', async () => {
    const result = await client.request<{ search: { edges: { node: { name: string } }[] } }>(
      `{ search(text: "fabri", kinds: [PARTNER]) { totalCount edges { score node { kind name } } } }`,
    );
    expect(result.search.edges.map((edge) => edge.node.name)).toContain('Fabrikam France');
  });

  it('finds an entity by its whole id first, by the start of its id, and not by a part from its middle', async () => {
    type Hits = { search: { totalCount: number; edges: { score: number; node: { kind: string; id: string } }[] } };
    const hits = (text: string) =>
      client.request<Hits>(
        `query S($text: String!) { search(text: $text) { totalCount edges { score node { kind ... on Partner { id } } } } }`,
        { text },
      );
    const id = DEMO_IDS.fabrikamFrance;
    const whole = await hits(id.toUpperCase());
    expect(whole.search.edges[0]?.node).toEqual({ kind: 'PARTNER', id });
    const start = await hits(id.slice(0, 8));
    expect(start.search.edges.map((edge) => edge.node.id)).toContain(id);
    expect(start.search.edges[0]?.score).toBeLessThan(whole.search.edges[0]?.score as number);
    expect((await hits(id.slice(9, 13))).search.totalCount).toBe(0);
    expect((await hits(id.slice(0, 3))).search.edges.map((edge) => edge.node.id)).not.toContain(id);
  });

  it('treats Lucene syntax in the text as plain characters', async () => {
    const count = async (text: string) =>
      (
        await client.request<{ search: { totalCount: number } }>(
          `query S($text: String!) { search(text: $text) { totalCount } }`,
          { text },
        )
      ).search.totalCount;
    for (const text of ['c++ (', '"unbalanced', 'name:', 'a && b || !c', 'x~ y^2 [1 TO 2] {a} \\ /']) {
      expect(await count(text)).toBeGreaterThanOrEqual(0);
    }
    // Unescaped, `*` would match everything and OR would join the two names' matches.
    expect(await count('*')).toBe(0);
    expect(await count('contoso')).toBe(3);
    expect(await count('contoso OR fabrikam')).toBe(0);
    await expectCode(client.request(`{ search(text: "   ") { totalCount } }`), 'BAD_USER_INPUT');
    await expectCode(client.request(`{ search(text: "x", kinds: [TENANT]) { totalCount } }`), 'BAD_USER_INPUT');
  });
});

describe('network, provider tree and paths', () => {
  const networkQuery = `query N($rootId: ID!, $depth: Int!, $limit: Int!, $filter: NetworkFilter) {
    network(rootId: $rootId, depth: $depth, limit: $limit, filter: $filter) {
      root { key } depth limit truncated omittedNodes omittedEdges
      nodes { key id kind name roles region cloud violations { openFindings maxSeverity } }
      edges { key type from to active since until }
    }
  }`;
  interface NetworkResult {
    network: {
      root: { key: string };
      truncated: boolean;
      omittedNodes: number;
      omittedEdges: number;
      nodes: { key: string; kind: string; violations: { openFindings: number; maxSeverity: string | null } }[];
      edges: { type: string; from: string; to: string; active: boolean }[];
    };
  }

  it('draws the neighbourhood with edges between drawn nodes only, and violation flags', async () => {
    const { network } = await client.request<NetworkResult>(networkQuery, {
      rootId: DEMO_IDS.fabrikamFrance,
      depth: 2,
      limit: 2000,
    });
    expect(network.root.key).toBe(`Partner:${DEMO_IDS.fabrikamFrance}`);
    expect(network.truncated).toBe(false);
    expect(network.omittedNodes).toBe(0);
    const keys = new Set(network.nodes.map((node) => node.key));
    expect(keys.size).toBe(network.nodes.length);
    for (const edge of network.edges) {
      expect(keys.has(edge.from) && keys.has(edge.to)).toBe(true);
    }
    const root = network.nodes.find((node) => node.key === network.root.key);
    // Fabrikam France is reseller of record for a customer in another region (scenario 7 of the demo).
    expect(root?.violations.openFindings).toBeGreaterThan(0);
    expect(root?.violations.maxSeverity).toBe('CRITICAL');
  });

  it('caps the nodes at the limit and says how much it left out', async () => {
    const full = await client.request<NetworkResult>(networkQuery, {
      rootId: DEMO_IDS.fabrikamFrance,
      depth: 2,
      limit: 2000,
    });
    const capped = await client.request<NetworkResult>(networkQuery, {
      rootId: DEMO_IDS.fabrikamFrance,
      depth: 2,
      limit: 3,
    });
    expect(capped.network.nodes).toHaveLength(3);
    expect(capped.network.truncated).toBe(true);
    // Nodes beyond the left-out ones are never reached, so fewer are counted than the full network holds.
    expect(capped.network.omittedNodes).toBeGreaterThan(0);
    expect(capped.network.omittedNodes).toBeLessThanOrEqual(full.network.nodes.length - 3);
    expect(capped.network.omittedEdges).toBeGreaterThan(0);
    const oneLevel = async (limit: number) =>
      (await client.request<NetworkResult>(networkQuery, { rootId: DEMO_IDS.fabrikamFrance, depth: 1, limit })).network;
    const level = await oneLevel(2000);
    const cut = await oneLevel(2);
    expect(level.truncated).toBe(false);
    expect(cut.omittedNodes).toBe(level.nodes.length - 2);
  });

  it('follows only the relationship types and kinds asked for', async () => {
    const { network } = await client.request<NetworkResult>(networkQuery, {
      rootId: DEMO_IDS.litwareEurope,
      depth: 3,
      limit: 500,
      filter: { relationshipTypes: ['SUPPLIES'], kinds: ['PARTNER'] },
    });
    expect(network.nodes.every((node) => node.kind === 'PARTNER')).toBe(true);
    expect(network.edges.every((edge) => edge.type === 'SUPPLIES')).toBe(true);
    expect(network.nodes.length).toBeGreaterThan(1);
  });

  it('refuses a depth or limit out of range and an unknown root', async () => {
    await expectCode(
      client.request(networkQuery, { rootId: DEMO_IDS.litwareEurope, depth: 4, limit: 10 }),
      'BAD_USER_INPUT',
    );
    await expectCode(
      client.request(networkQuery, { rootId: DEMO_IDS.litwareEurope, depth: 1, limit: 2001 }),
      'BAD_USER_INPUT',
    );
    await expectCode(client.request(networkQuery, { rootId: 'nobody', depth: 1, limit: 10 }), 'NOT_FOUND');
  });

  it("lists a provider's resellers and each reseller's customers", async () => {
    const result = await client.request<{
      providerTree: {
        provider: { name: string };
        resellers: { totalCount: number; edges: { reseller: { name: string; customers: { totalCount: number } } }[] };
      };
    }>(
      `query T($id: ID!) {
        providerTree(providerId: $id, first: 10) {
          provider { name }
          resellers { totalCount edges { since active reseller { name customers { totalCount edges { customer { name } } } } } }
          directCustomers { totalCount }
        }
      }`,
      { id: DEMO_IDS.litwareEurope },
    );
    expect(result.providerTree.provider.name).toBe('Litware Europe');
    expect(result.providerTree.resellers.edges.map((edge) => edge.reseller.name).sort()).toEqual([
      'Contoso Europe',
      'Fabrikam France',
    ]);
    await expectCode(
      client.request(`query T($id: ID!) { providerTree(providerId: $id) { provider { name } } }`, {
        id: DEMO_IDS.fabrikamFrance,
      }),
      'BAD_USER_INPUT',
    );
  });

  it("pages an entity's lists: a count alone, and pages that follow one another in the list's order", async () => {
    type Page = { totalCount: number; pageInfo: { endCursor: string | null }; edges: { node: { id: string } }[] };
    const query = `query S($id: ID!, $first: Int!, $after: String) {
      entity(id: $id, kind: PARTNER) {
        ... on Partner {
          billedSubscriptions(first: $first, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } }
        }
      }
    }`;
    const list = async (first: number, after: string | null = null) =>
      (
        await client.request<{ entity: { billedSubscriptions: Page } }>(query, {
          id: DEMO_IDS.litwareEurope,
          first,
          after,
        })
      ).entity.billedSubscriptions;
    const whole = await list(100);
    expect(whole.totalCount).toBeGreaterThan(3);
    expect(whole.edges).toHaveLength(whole.totalCount);
    const counted = await list(0);
    expect(counted).toMatchObject({ totalCount: whole.totalCount, edges: [] });
    const first = await list(2);
    const next = await list(2, first.pageInfo.endCursor);
    expect(next.totalCount).toBe(whole.totalCount);
    expect([...first.edges, ...next.edges]).toEqual(whole.edges.slice(0, 4));
  });

  it('finds the shortest path between two entities, or none within the length', async () => {
    const query = `query P($from: ID!, $to: ID!, $max: Int!) {
      shortestPath(fromId: $from, toId: $to, maxLength: $max) { length nodes { key name } edges { type from to } }
    }`;
    const direct = await client.request<{ shortestPath: { length: number; edges: { type: string }[] } }>(query, {
      from: DEMO_IDS.litwareEurope,
      to: DEMO_IDS.contosoEurope,
      max: 6,
    });
    expect(direct.shortestPath).toMatchObject({ length: 1, edges: [{ type: 'SUPPLIES' }] });
    const longer = await client.request<{ shortestPath: { length: number; nodes: unknown[] } | null }>(query, {
      from: DEMO_IDS.litwareEurope,
      to: DEMO_IDS.woodgroveBank,
      max: 6,
    });
    expect(longer.shortestPath?.length).toBe((longer.shortestPath?.nodes.length ?? 0) - 1);
    expect(longer.shortestPath?.length).toBeGreaterThan(1);
    const tooShort = await client.request(query, { from: DEMO_IDS.litwareEurope, to: DEMO_IDS.woodgroveBank, max: 1 });
    expect(tooShort).toEqual({ shortestPath: null });
  });
});

describe('rules, findings and scan runs', () => {
  it('lists the catalog with open counts', async () => {
    const result = await client.request<{
      rules: { totalCount: number; edges: { node: { id: string; openFindings: number } }[] };
    }>(
      `{ rules(first: 100) { totalCount edges { node { id title severity clause description remediation openFindings } } } }`,
    );
    expect(result.rules.totalCount).toBeGreaterThanOrEqual(13);
    const crossRegion = result.rules.edges.find((edge) => edge.node.id === 'cross-region-sale');
    expect(crossRegion?.node.openFindings).toBeGreaterThan(0);
  });

  it('filters findings by rule, severity, region, partner and status, with facet counts', async () => {
    const query = `query F($filter: FindingFilter) {
      findings(filter: $filter, first: 100) {
        totalCount
        edges { node { key ruleId severity region partner { id } status subjects message rule { id } } }
        facets { rules { value count } severities { value count } regions { value count } partners { value count } statuses { value count } }
      }
    }`;
    interface Findings {
      findings: {
        totalCount: number;
        edges: {
          node: { ruleId: string; severity: string; region: string; partner: { id: string } | null; status: string };
        }[];
        facets: Record<string, { value: string | null; count: number }[]>;
      };
    }
    const all = await client.request<Findings>(query, {});
    expect(all.findings.totalCount).toBeGreaterThan(5);
    for (const facet of Object.values(all.findings.facets)) {
      expect(facet.reduce((sum, row) => sum + row.count, 0)).toBe(all.findings.totalCount);
    }
    const critical = await client.request<Findings>(query, { filter: { severities: ['CRITICAL'] } });
    expect(critical.findings.edges.every((edge) => edge.node.severity === 'CRITICAL')).toBe(true);
    expect(critical.findings.totalCount).toBe(
      all.findings.facets.severities?.find((row) => row.value === 'CRITICAL')?.count,
    );
    const byRule = await client.request<Findings>(query, { filter: { ruleIds: ['cross-region-sale'] } });
    expect(byRule.findings.edges.every((edge) => edge.node.ruleId === 'cross-region-sale')).toBe(true);
    const europe = await client.request<Findings>(query, { filter: { regions: ['Europe'], statuses: ['OPEN'] } });
    expect(europe.findings.edges.every((edge) => edge.node.region === 'Europe' && edge.node.status === 'OPEN')).toBe(
      true,
    );
    const partner = await client.request<Findings>(query, { filter: { partnerIds: [DEMO_IDS.fabrikamFrance] } });
    expect(partner.findings.totalCount).toBeGreaterThan(0);
    expect(partner.findings.edges.every((edge) => edge.node.partner?.id === DEMO_IDS.fabrikamFrance)).toBe(true);
    const firstRun = await client.request<Findings>(query, { filter: { runId: runIds[0] } });
    expect(new Set(firstRun.findings.edges.map((edge) => edge.node.ruleId))).toEqual(
      new Set(['cross-region-sale', 'self-sale']),
    );
    await expectCode(client.request(query, { filter: { ruleIds: ['no-such-rule'] } }), 'BAD_USER_INPUT');
    await expectCode(client.request(query, { filter: { runId: 'no-such-run' } }), 'NOT_FOUND');
  });

  it('gives one finding with its evidence entities', async () => {
    const list = await client.request<{ findings: { edges: { node: { key: string } }[] } }>(
      `{ findings(first: 1, filter: { ruleIds: ["cross-region-partnership"] }) { edges { node { key } } } }`,
    );
    const key = list.findings.edges[0]?.node.key;
    const result = await client.request<{
      finding: { subjects: string[]; entities: { edges: { node: { id: string } }[] } };
    }>(
      `query F($key: ID!) { finding(key: $key) { key subjects firstSeenAt lastSeenAt entities { totalCount edges { node { id kind name } } } } }`,
      { key },
    );
    expect(result.finding.subjects).toEqual([DEMO_IDS.relecloudAsiaPacific, DEMO_IDS.northwind]);
    expect(result.finding.entities.edges.map((edge) => edge.node.id).sort()).toEqual(
      [DEMO_IDS.relecloudAsiaPacific, DEMO_IDS.northwind].sort(),
    );
  });

  it('lists scan runs newest first and compares two runs', async () => {
    const runs = await client.request<{
      scanRuns: { totalCount: number; edges: { node: { id: string; previous: { id: string } | null } }[] };
    }>(
      `{ scanRuns { totalCount edges { node { id asOf startedAt catalogVersion ruleIds total bySeverity { critical high medium low } previous { id } } } } }`,
    );
    expect(runs.scanRuns.edges.map((edge) => edge.node.id)).toEqual([runIds[1], runIds[0]]);
    expect(runs.scanRuns.edges[0]?.node.previous?.id).toBe(runIds[0]);
    const comparison = await client.request<{
      compareRuns: {
        new: number;
        stillOpen: number;
        resolved: number;
        changes: { totalCount: number; edges: { change: string }[] };
      };
    }>(
      `query C($from: ID!, $to: ID!) {
        compareRuns(fromRunId: $from, toRunId: $to) { from { id } to { id } new stillOpen resolved changes(first: 100) { totalCount edges { change node { key } } } }
      }`,
      { from: runIds[0], to: runIds[1] },
    );
    // The runs share only the two rules of the first; the same data gives the same findings for them.
    expect(comparison.compareRuns.new).toBe(0);
    expect(comparison.compareRuns.resolved).toBe(0);
    expect(comparison.compareRuns.stillOpen).toBe(comparison.compareRuns.changes.totalCount);
    await expectCode(client.request(`{ compareRuns(fromRunId: "x", toRunId: "y") { new } }`), 'NOT_FOUND');
  });

  it('gives per-region statistics that add up to the open findings', async () => {
    const result = await client.request<{
      regionStatistics: {
        edges: { node: { region: { name: string }; partners: number; customers: number; openFindings: number } }[];
      };
      findings: { totalCount: number };
    }>(`{
      regionStatistics(first: 100) { totalCount edges { node { region { name } partners customers openFindings openFindingsBySeverity { severity count } } } }
      findings(filter: { statuses: [OPEN, ACKNOWLEDGED] }) { totalCount }
    }`);
    const europe = result.regionStatistics.edges.find((edge) => edge.node.region.name === 'Europe');
    expect(europe?.node.partners).toBeGreaterThan(0);
    const partners = result.regionStatistics.edges.reduce((sum, edge) => sum + edge.node.partners, 0);
    expect(partners).toBe(15);
    const open = result.regionStatistics.edges.reduce((sum, edge) => sum + edge.node.openFindings, 0);
    expect(open).toBeLessThanOrEqual(result.findings.totalCount);
    expect(open).toBeGreaterThan(0);
  });
});
