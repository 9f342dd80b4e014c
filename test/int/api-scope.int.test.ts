// Scoped access over real HTTP: keys and tokens limited to a provider network or a region see exactly their part of
// a small two-network, two-region ecosystem — entities, lists, counts, facets, search, networks, paths, findings and
// run counts — and an id outside the scope answers as a missing one does; a scoped key changes nothing.
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/api/auth/api-keys';
import type { Scope } from '../../server/api/auth/scope';
import { runCli } from '../support/run-cli';
import { useApiServer } from './api-harness';
import { type Tagged, writeScopedEcosystem } from './scoped-ecosystem';

const JWT_SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const eco = writeScopedEcosystem();
const api = useApiServer(
  { jwt: { secret: new TextEncoder().encode(JWT_SECRET), issuer: 'csp-tests', audience: 'csp-api' } },
  eco.file,
);

const MISSING = '5c0be000-0000-4000-8000-999999999999';
const SCOPES: { label: string; scope: Scope; holds: (entity: Tagged) => boolean }[] = [
  { label: 'the first provider network', scope: { providers: [] }, holds: (e) => e.network === 'P1' },
  { label: 'the region Europe', scope: { regions: ['Europe'] }, holds: (e) => e.region === 'Europe' },
];
const secrets = new Map<string, string>();

async function gql<T>(credentials: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(api.url(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credentials}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}
async function data<T>(credentials: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gql<T>(credentials, query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const ours = (kind: Tagged['kind']) => eco.entities.filter((e) => e.kind === kind);
const sorted = (values: string[]) => [...values].sort();

beforeAll(async () => {
  SCOPES[0] = { ...SCOPES[0], scope: { providers: [eco.ids.P1 as string] } } as (typeof SCOPES)[number];
  for (const { label, scope } of SCOPES) {
    secrets.set(
      label,
      (await createApiKey(api.db(), { name: label, role: 'analyst', createdBy: 'test', scope })).secret,
    );
  }
  await data(api.key('admin'), 'mutation { runScan(asOf: "2026-01-01") { run { id } } }');
});

describe.each(SCOPES.map((s) => [s.label, s] as const))('a key scoped to %s', (label, { holds }) => {
  const key = () => secrets.get(label) as string;

  it('says who it is and what it sees', async () => {
    const { me } = await data<{ me: { scope: { providers: string[] | null; regions: string[] | null } } }>(
      key(),
      '{ me { scope { providers regions } } }',
    );
    expect(me.scope.providers ?? me.scope.regions).toHaveLength(1);
  });

  it('lists and counts exactly the partners, customers and organizations in its scope', async () => {
    for (const [field, kind] of [
      ['partners', 'Partner'],
      ['customers', 'Customer'],
      ['organizations', 'Organization'],
    ] as const) {
      const result = await data<Record<string, { totalCount: number; edges: { node: { id: string } }[] }>>(
        key(),
        `{ ${field}(first: 100) { totalCount edges { node { id } } } }`,
      );
      const expected = ours(kind)
        .filter(holds)
        .map((e) => e.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(sorted(result[field]?.edges.map((edge) => edge.node.id) ?? [])).toEqual(sorted(expected));
      expect(result[field]?.totalCount).toBe(expected.length);
    }
  });

  it('finds by search only what it may see, and region statistics count only that', async () => {
    const { search } = await data<{ search: { totalCount: number; edges: { node: { id: string } }[] } }>(
      key(),
      '{ search(text: "Scopetest", first: 100) { totalCount edges { node { ... on Partner { id } ... on Customer { id } ... on Organization { id } } } } }',
    );
    const expected = eco.entities.filter((e) => ['Partner', 'Customer', 'Organization'].includes(e.kind) && holds(e));
    expect(sorted(search.edges.map((edge) => edge.node.id))).toEqual(sorted(expected.map((e) => e.id)));
    expect(search.totalCount).toBe(expected.length);
    const { regionStatistics } = await data<{
      regionStatistics: { edges: { node: { region: { name: string }; partners: number; customers: number } }[] };
    }>(key(), '{ regionStatistics(first: 100) { edges { node { region { name } partners customers } } } }');
    for (const region of ['Europe', 'Japan']) {
      const row = regionStatistics.edges.find((edge) => edge.node.region.name === region)?.node;
      const inRegion = (kind: Tagged['kind']) => ours(kind).filter((e) => e.region === region && holds(e)).length;
      expect(row).toMatchObject({ partners: inRegion('Partner'), customers: inRegion('Customer') });
    }
  });

  it('answers an id outside its scope as it answers a missing one', async () => {
    const outside = eco.entities.filter((e) => !holds(e));
    expect(outside.length).toBeGreaterThan(0);
    for (const entity of outside) {
      const field = entity.kind.charAt(0).toLowerCase() + entity.kind.slice(1);
      const query = `query Q($id: ID!) { ${field}(id: $id) { __typename } entity(id: $id) { __typename } }`;
      expect(await data(key(), query, { id: entity.id })).toEqual(await data(key(), query, { id: MISSING }));
      const network = `query N($id: ID!) { network(rootId: $id) { root { id } } }`;
      const [hidden, missing] = [
        await gql(key(), network, { id: entity.id }),
        await gql(key(), network, { id: MISSING }),
      ];
      expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(hidden.errors?.[0]?.message.replace(entity.id, 'ID')).toBe(
        missing.errors?.[0]?.message.replace(MISSING, 'ID'),
      );
    }
  });

  it('draws a network of its scope only, with lists and counts inside entities limited the same way', async () => {
    const root = eco.entities.find((e) => e.kind === 'Partner' && holds(e)) as Tagged;
    const query = `query N($id: ID!) { network(rootId: $id, depth: 3, limit: 2000) {
      nodes { id kind } groups { total } omittedNodes } }`;
    const everything = await data<{ network: { nodes: { id: string }[] } }>(api.key('viewer'), query, { id: root.id });
    const scoped = await data<{ network: { nodes: { id: string }[]; omittedNodes: number } }>(key(), query, {
      id: root.id,
    });
    const visible = new Set(eco.entities.filter(holds).map((e) => e.id));
    const expected = everything.network.nodes.filter((node) => visible.has(node.id)).map((node) => node.id);
    expect(everything.network.nodes.length).toBeGreaterThan(expected.length);
    expect(sorted(scoped.network.nodes.map((node) => node.id))).toEqual(sorted(expected));
    expect(scoped.network.omittedNodes).toBe(0);
    // A reseller's customers, counted from the reseller: those of the scope only.
    const lists = `query L($id: ID!) { partner(id: $id) { customers(first: 100) { totalCount } } }`;
    const seller = eco.ids.R1b as string;
    const sold = eco.entities.filter((e) => e.id === eco.ids.C2);
    if (visible.has(seller)) {
      const { partner } = await data<{ partner: { customers: { totalCount: number } } }>(key(), lists, { id: seller });
      expect(partner.customers.totalCount).toBe(sold.filter(holds).length);
    }
    // The customer of the first network that a reseller of the second manages: its managers, seen from the scope.
    const managed = `query M($id: ID!) { customer(id: $id) { managers(first: 100) { totalCount } } }`;
    const all = await data<{ customer: { managers: { totalCount: number } } }>(api.key('viewer'), managed, {
      id: eco.ids.C2,
    });
    expect(all.customer.managers.totalCount).toBe(1);
    if (visible.has(eco.ids.C2 as string)) {
      const seen = await data<{ customer: { managers: { totalCount: number } } }>(key(), managed, { id: eco.ids.C2 });
      expect(seen.customer.managers.totalCount).toBe(visible.has(eco.ids.R2a as string) ? 1 : 0);
    }
  });

  it('finds a path inside its scope, and none to an entity outside it', async () => {
    const outside = eco.entities.find((e) => e.kind === 'Customer' && !holds(e)) as Tagged;
    const query = `query P($from: ID!, $to: ID!) {
      shortestPath(fromId: $from, toId: $to, maxLength: 10) { length nodes { id } } }`;
    // The provider in Europe reaches its customer in Europe in two steps (through its reseller or through the
    // subscription it bills), all of it in both scopes.
    const path = await data<{ shortestPath: { length: number; nodes: { id: string }[] } | null }>(key(), query, {
      from: eco.ids.P1,
      to: eco.ids.C1,
    });
    const visible = new Set(eco.entities.filter(holds).map((e) => e.id));
    expect(path.shortestPath?.length).toBe(2);
    expect(path.shortestPath?.nodes[0]?.id).toBe(eco.ids.P1);
    expect(path.shortestPath?.nodes[2]?.id).toBe(eco.ids.C1);
    expect(path.shortestPath?.nodes.every((node) => visible.has(node.id))).toBe(true);
    // The reseller in Europe of the provider in Japan is tied to the provider in Europe only through Japan.
    const across = { from: eco.ids.P1, to: eco.ids.R2x };
    expect((await data<{ shortestPath: unknown }>(api.key('viewer'), query, across)).shortestPath).not.toBeNull();
    if (visible.has(eco.ids.R2x as string)) {
      expect((await data<{ shortestPath: unknown }>(key(), query, across)).shortestPath).toBeNull();
    }
    const refused = await gql(key(), query, { from: eco.ids.P1, to: outside.id });
    const missing = await gql(key(), query, { from: eco.ids.P1, to: MISSING });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message.replace(outside.id, 'ID')).toBe(
      missing.errors?.[0]?.message.replace(MISSING, 'ID'),
    );
  });

  it('sees exactly the findings whose entities are all in its scope, with totals and facets to match', async () => {
    const query = `query F($statuses: [FindingStatus!]) { findings(filter: { statuses: $statuses }, first: 100) {
      totalCount facets { rules { value count } regions { value count } severities { value count } }
      edges { node { key ruleId region severity entities(first: 100) { edges { node { __typename ... on Partner { id }
        ... on Customer { id } ... on Organization { id } ... on Tenant { id } ... on Subscription { id } } } } } } } }`;
    type Page = {
      findings: {
        totalCount: number;
        facets: Record<string, { value: string; count: number }[]>;
        edges: {
          node: {
            key: string;
            ruleId: string;
            region: string;
            severity: string;
            entities: { edges: { node: { id: string } }[] };
          };
        }[];
      };
    };
    const all = await data<Page>(api.key('viewer'), query, { statuses: null });
    const visible = new Set(eco.entities.filter(holds).map((e) => e.id));
    const expected = all.findings.edges.filter((edge) =>
      edge.node.entities.edges.every((entity) => visible.has(entity.node.id)),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.findings.edges.length);
    const scoped = await data<Page>(key(), query, { statuses: null });
    expect(sorted(scoped.findings.edges.map((edge) => edge.node.key))).toEqual(sorted(expected.map((e) => e.node.key)));
    expect(scoped.findings.totalCount).toBe(expected.length);
    const count = (facet: (node: Page['findings']['edges'][number]['node']) => string) => {
      const counts = new Map<string, number>();
      for (const { node } of expected) counts.set(facet(node), (counts.get(facet(node)) ?? 0) + 1);
      return counts;
    };
    const asMap = (rows: { value: string; count: number }[] | undefined) =>
      new Map((rows ?? []).map((row) => [row.value, row.count]));
    expect(asMap(scoped.findings.facets.rules)).toEqual(count((node) => node.ruleId));
    expect(asMap(scoped.findings.facets.severities)).toEqual(count((node) => node.severity));
    const hidden = all.findings.edges.find((edge) => !expected.includes(edge))?.node.key as string;
    const one = `query One($key: ID!) { finding(key: $key) { key } }`;
    expect(await data(key(), one, { key: hidden })).toEqual({ finding: null });
    const runs = await data<{ scanRuns: { edges: { node: { total: number } }[] } }>(
      key(),
      '{ scanRuns(first: 1) { edges { node { total } } } }',
    );
    const open = await data<Page>(key(), query, { statuses: ['OPEN'] });
    expect(runs.scanRuns.edges[0]?.node.total).toBe(open.findings.totalCount);
  });

  it('shows the overview of its scope only', async () => {
    const { overview } = await data<{
      overview: {
        regions: {
          name: string;
          accountCount: number;
          accounts: { id: string; customers: number; resellers: number }[];
        }[];
      };
    }>(key(), '{ overview { regions { name accountCount accounts { id customers resellers } } } }');
    const accounts = overview.regions.flatMap((region) => region.accounts);
    const providers = ours('Partner').filter((e) => holds(e) && e.name.includes('Provider'));
    expect(sorted(accounts.map((a) => a.id))).toEqual(sorted(providers.map((e) => e.id)));
    for (const account of accounts) {
      const network = eco.entities.find((e) => e.id === account.id)?.network;
      expect(account.resellers).toBe(ours('Partner').filter((e) => e.network === network && holds(e)).length - 1);
      expect(account.customers).toBe(ours('Customer').filter((e) => e.network === network && holds(e)).length);
    }
  });

  it('changes nothing and reads no admin field', async () => {
    for (const query of [
      'mutation { runScan(asOf: "2026-01-01") { run { id } } }',
      'mutation { createApiKey(name: "x", role: VIEWER) { secret } }',
      '{ apiKeys(first: 1) { totalCount } }',
    ]) {
      const body = await gql(key(), query);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('scope from a token and from the admin API', () => {
  it('limits a token by its scope claim and refuses a malformed one naming the claim', async () => {
    const sign = (scope: unknown) =>
      new SignJWT({ role: 'viewer', scope })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('auditor@example.com')
        .setIssuer('csp-tests')
        .setAudience('csp-api')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(JWT_SECRET));
    const token = await sign({ regions: ['Japan'] });
    const { partners } = await data<{ partners: { totalCount: number } }>(token, '{ partners { totalCount } }');
    expect(partners.totalCount).toBe(ours('Partner').filter((e) => e.region === 'Japan').length);
    const refused = await fetch(api.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await sign({ regions: 'Japan' })}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(refused.status).toBe(401);
    expect(JSON.stringify(await refused.json())).toContain('scope claim.regions');
  });

  it('creates a scoped key through the API and refuses a scope naming both kinds', async () => {
    const created = await data<{ createApiKey: { key: { scope: { providers: string[] } } } }>(
      api.key('admin'),
      'mutation K($p: [ID!]) { createApiKey(name: "p2", role: VIEWER, scope: { providers: $p }) { key { scope { providers } } } }',
      { p: [eco.ids.P2] },
    );
    expect(created.createApiKey.key.scope.providers).toEqual([eco.ids.P2]);
    const both = await gql(
      api.key('admin'),
      'mutation { createApiKey(name: "x", role: VIEWER, scope: { providers: ["a"], regions: ["Europe"] }) { secret } }',
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.message).toContain('scope');
  });

  it('creates a scoped key from the command line, and refuses a malformed scope naming --scope', async () => {
    const made = await runCli([
      'api-key',
      'create',
      '--role',
      'viewer',
      '--name',
      'cli japan',
      '--scope',
      'region:Japan',
    ]);
    expect(made.code).toBe(0);
    const { partners } = await data<{ partners: { totalCount: number } }>(
      made.stdout.trim(),
      '{ partners { totalCount } }',
    );
    expect(partners.totalCount).toBe(ours('Partner').filter((e) => e.region === 'Japan').length);
    const listed = await runCli(['api-key', 'list']);
    expect(listed.stdout).toMatch(/cli japan .*scope: regions Japan/);
    const refused = await runCli(['api-key', 'create', '--role', 'viewer', '--name', 'x', '--scope', 'country:JP']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--scope must read provider:ID[,ID...] or region:NAME[,NAME...]');
  });
});
