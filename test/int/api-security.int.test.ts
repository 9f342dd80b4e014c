// Security of the GraphQL API over real HTTP: authentication (API keys, JWT), roles per operation and field, query
// limits, request size, CSRF, masked internal errors, introspection in production, bad input, request ids.
import { SignJWT } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import type { Role } from '../../server/api/auth/roles';
import { createApp } from '../../server/api/index';
import { DEFAULT_LIMITS } from '../../server/api/settings';
import { createExecutor, DatabaseError, type Executor } from '../../server/db/executor';
import { CSRF_HEADER, DEMO_IDS, useApiServer } from './api-harness';

const JWT_SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const jwt = { secret: new TextEncoder().encode(JWT_SECRET), issuer: 'csp-tests', audience: 'csp-api' };
const MAX_BODY = 64 * 1024;
const api = useApiServer({ jwt, limits: { ...DEFAULT_LIMITS, maxBodyBytes: MAX_BODY } });

function token(claims: Record<string, unknown>, options: { expiresIn?: string; secret?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('alice@example.com')
    .setIssuer('csp-tests')
    .setAudience('csp-api')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? JWT_SECRET));
}

async function post(body: unknown, headers: Record<string, string>) {
  const response = await fetch(api.url(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('authentication', () => {
  it('refuses a request without credentials, with an unknown key or a malformed header', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer csp_not-a-key' },
      { authorization: 'Basic dXNlcjpwYXNz' },
    ];
    for (const headers of attempts) {
      const result = await post({ query: '{ me { id } }' }, headers);
      expect(result.status).toBe(401);
      expect(result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(result.body.data ?? null).toBeNull();
    }
  });

  it('accepts an API key in the x-api-key header too', async () => {
    const result = await post({ query: '{ me { role } }' }, { 'x-api-key': api.key('analyst') });
    expect(result.body).toEqual({ data: { me: { role: 'ANALYST' } } });
  });

  it('accepts a valid HS256 token and takes its role from the role claim', async () => {
    const result = await post(
      { query: '{ me { id name role } }' },
      { authorization: `Bearer ${await token({ role: 'analyst', name: 'Alice' })}` },
    );
    expect(result.body).toEqual({ data: { me: { id: 'jwt:alice@example.com', name: 'Alice', role: 'ANALYST' } } });
  });

  it('refuses an expired token, a wrong signature, an unknown role and an unsigned token', async () => {
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'x', role: 'admin', exp: 4102444800 }),
    ).toString('base64url')}.`;
    const tokens = [
      await token({ role: 'viewer' }, { expiresIn: '-1m' }),
      await token({ role: 'viewer' }, { secret: 'another-secret-that-is-long-enough-for-hs256' }),
      await token({ role: 'root' }),
      unsigned,
    ];
    for (const credentials of tokens) {
      const result = await post({ query: '{ me { id } }' }, { authorization: `Bearer ${credentials}` });
      expect(result.status).toBe(401);
      expect(result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('roles', () => {
  /** Each operation with the least role allowed; an allowed call fails only on its (deliberately bad) input. */
  const operations: { name: string; least: Role; query: string }[] = [
    { name: 'read the graph', least: 'viewer', query: `{ partner(id: "${DEMO_IDS.litwareEurope}") { name } }` },
    { name: 'list findings', least: 'viewer', query: '{ findings { totalCount } }' },
    { name: 'acknowledge a finding', least: 'analyst', query: 'mutation { acknowledgeFinding(key: "none") { key } }' },
    {
      name: 'waive a finding',
      least: 'analyst',
      query: 'mutation { waiveFinding(key: "none", reason: "r", until: "2099-01-01T00:00:00Z") { key } }',
    },
    { name: 'reopen a finding', least: 'analyst', query: 'mutation { reopenFinding(key: "none") { key } }' },
    { name: 'run a scan', least: 'analyst', query: 'mutation { runScan(ruleIds: ["no-such-rule"]) { run { id } } }' },
    {
      name: 'check a transaction',
      least: 'analyst',
      query:
        'mutation { checkTransaction(proposal: { supply: { providerId: "x", resellerId: "y", since: "2025-01-01" } }) { compliant } }',
    },
    { name: 'import', least: 'admin', query: 'mutation { importDocument(document: {format: "nope"}) { records } }' },
    {
      name: 'add a relationship',
      least: 'admin',
      query:
        'mutation { addRelationship(input: { resellerRelationship: { partnerId: "x", customerId: "y", since: "2025-01-01" } }) { type } }',
    },
    {
      name: 'end a relationship',
      least: 'admin',
      query:
        'mutation { endRelationship(input: { type: SELLS_TO, fromId: "x", toId: "y", since: "2025-01-01", until: "2025-02-01" }) { type } }',
    },
    {
      name: 'create an API key',
      least: 'admin',
      query: 'mutation { createApiKey(name: " ", role: VIEWER) { secret } }',
    },
    { name: 'revoke an API key', least: 'admin', query: 'mutation { revokeApiKey(id: "none") { id } }' },
    { name: 'list API keys', least: 'admin', query: '{ apiKeys { totalCount } }' },
    { name: 'read the audit log', least: 'admin', query: '{ auditLog { totalCount } }' },
  ];
  const ranks: Role[] = ['viewer', 'analyst', 'admin'];

  for (const operation of operations) {
    for (const role of ranks) {
      const allowed = ranks.indexOf(role) >= ranks.indexOf(operation.least);
      it(`${allowed ? 'lets' : 'forbids'} a ${role} ${operation.name}`, async () => {
        const result = await api.gql(operation.query, {}, { role });
        const codes = (result.body.errors ?? []).map((error) => error.extensions?.code);
        if (allowed) expect(codes).not.toContain('FORBIDDEN');
        else expect(codes).toEqual(['FORBIDDEN']);
      });
    }
  }

  it('hides who triaged a finding and its history from a viewer, field by field', async () => {
    await api.gql(`mutation { runScan(asOf: "2026-01-01", ruleIds: ["cross-region-partnership"]) { run { id } } }`);
    const list = await api.gql<{ findings: { edges: { node: { key: string } }[] } }>(
      `{ findings(first: 1, filter: { ruleIds: ["cross-region-partnership"] }) { edges { node { key } } } }`,
    );
    const key = list.body.data?.findings.edges[0]?.node.key;
    await api.gql(`mutation A($key: ID!) { acknowledgeFinding(key: $key) { key } }`, { key }, { role: 'analyst' });
    const query = `query F($key: ID!) { finding(key: $key) { status triage { state by } history { totalCount } } }`;
    const viewer = await api.gql<{ finding: { status: string; triage: unknown; history: unknown } }>(
      query,
      { key },
      { role: 'viewer' },
    );
    expect(viewer.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
      ['finding.history', 'FORBIDDEN'],
      ['finding.triage.by', 'FORBIDDEN'],
    ]);
    const analyst = await api.gql<{ finding: { triage: { by: string } } }>(query, { key }, { role: 'analyst' });
    expect(analyst.body.errors).toBeUndefined();
    expect(analyst.body.data?.finding.triage.by).toMatch(/^api-key:/);
  });
});

describe('limits', () => {
  const errorOf = async (query: string) =>
    ((await api.gql(query)).body.errors ?? []).map((error) => error.message).join('\n');
  const codesOf = async (query: string, variables: Record<string, unknown> = {}) =>
    ((await api.gql(query, variables)).body.errors ?? []).map((error) => error.extensions?.code);

  it('refuses a query nested deeper than the depth limit', async () => {
    let selection = 'name';
    for (let level = 0; level < Math.ceil(DEFAULT_LIMITS.maxDepth / 4); level++) {
      selection = `organization { partners { edges { node { ${selection} } } } }`;
    }
    expect(await errorOf(`{ partner(id: "x") { ${selection} } }`)).toMatch(/depth limit/i);
    expect(await codesOf(`{ partner(id: "x") { ${selection} } }`)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
  });

  it('refuses more aliases than the alias limit', async () => {
    const aliases = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(await errorOf(`{ ${aliases} }`)).toMatch(/aliases limit/i);
    expect(await codesOf(`{ ${aliases} }`)).toEqual(['ALIAS_LIMIT_EXCEEDED']);
  });

  it('refuses a query longer than the token limit', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => 'id').join(' ');
    expect(await errorOf(`{ me { ${fields} } }`)).toMatch(/token limit/i);
    expect(await codesOf(`{ me { ${fields} } }`)).toEqual(['TOKEN_LIMIT_EXCEEDED']);
  });

  it('refuses a query costlier than the cost limit', async () => {
    // Page sizes multiply: 100 partners with 100 resellers each, each with 100 customers.
    const query = `{ partners(first: 100) { edges { node { resellers(first: 100) { edges { reseller {
      customers(first: 100) { edges { customer { name } } } } } } } } } }`;
    expect(await errorOf(query)).toMatch(/cost limit/i);
    expect(await codesOf(query)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('counts page sizes given in variables, and network limit and depth', async () => {
    const nested = `query Q($n: Int) { partners(first: $n) { edges { node { resellers(first: $n) { edges { reseller {
      customers(first: $n) { edges { customer { name } } } } } } } } } }`;
    expect(await codesOf(nested, { n: 100 })).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(await codesOf(nested, { n: 2 })).toEqual([]);
    const network = (n: number, limit: number, depth: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `n${i}: network(rootId: "${DEMO_IDS.litwareEurope}", depth: ${depth}, limit: ${limit}) { nodes { key name violations { openFindings } } edges { key } }`).join(' ')} }`;
    expect(await codesOf(network(15, 2000, 3))).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(await codesOf(network(3, 2000, 3))).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(await codesOf(network(1, 2000, 3))).toEqual([]);
    expect(await codesOf(network(3, 300, 2))).toEqual([]);
  });

  it('refuses a body larger than the size limit, declared or streamed', async () => {
    const big = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(MAX_BODY) } });
    const declared = await fetch(api.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.key('viewer')}` },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect((await declared.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const bytes = new TextEncoder().encode(big);
    const streamed = await fetch(api.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.key('viewer')}` },
      body: new ReadableStream({
        start(controller) {
          for (let start = 0; start < bytes.length; start += 8192) controller.enqueue(bytes.slice(start, start + 8192));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});

describe('CSRF', () => {
  it('refuses a GET or a form-type POST without the CSRF header', async () => {
    const url = `${api.url()}?query=${encodeURIComponent('{ me { id } }')}`;
    const auth = { authorization: `Bearer ${api.key('viewer')}` };
    expect((await fetch(url, { headers: auth })).status).toBe(403);
    const form = await fetch(api.url(), {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(form.status).toBe(403);
    const allowed = await fetch(url, { headers: { ...auth, [CSRF_HEADER]: '1', accept: 'application/json' } });
    expect(allowed.status).toBe(200);
  });
});

describe('errors', () => {
  it('masks an internal failure: no stack, message or Cypher reaches the client, the log has it', async () => {
    const failing: Executor = {
      ...api.db(),
      read: () => Promise.reject(new DatabaseError('Invalid input at MATCH (p:Partner) in executor.ts', 'Neo.X')),
    };
    const logs: Record<string, unknown>[] = [];
    const app = createApp({
      executor: failing,
      settings: { mode: 'test', jwt },
      logger: { write: (e) => logs.push(e) },
    });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token({ role: 'viewer' })}` },
      body: JSON.stringify({ query: `{ partner(id: "${DEMO_IDS.litwareEurope}") { name } }` }),
    });
    const text = await response.text();
    expect(JSON.parse(text).errors[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(text).not.toMatch(/Invalid input|MATCH|stack|executor\.ts/i);
    const requestId = response.headers.get('x-request-id');
    const fault = logs.find((entry) => entry.level === 'error' && entry.requestId === requestId);
    expect(JSON.stringify(fault)).toMatch(/Invalid input at MATCH/);
  });

  it('answers 503 with Retry-After within 2 s while Neo4j is unreachable', async () => {
    // Nothing listens on the discard port.
    const unreachable = createExecutor({ ...inject('neo4j'), uri: 'bolt://127.0.0.1:9' }, { queryTimeoutMs: 10_000 });
    const app = createApp({ executor: unreachable, settings: { mode: 'test', jwt }, logger: { write: () => {} } });
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = performance.now();
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token({ role: 'viewer' })}` },
        body: JSON.stringify({ query: `{ partner(id: "${DEMO_IDS.litwareEurope}") { name } }` }),
      });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await response.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    await unreachable.close();
  });

  it('says BAD_USER_INPUT for a crafted cursor', async () => {
    for (const raw of ['o:99999999999999999999999', 'o:1.5', 'x:3', 'o:-1']) {
      const after = Buffer.from(raw).toString('base64url');
      const result = await api.gql(`query P($after: String) { partners(first: 1, after: $after) { totalCount } }`, {
        after,
      });
      expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('names what is wrong with a bad date, a bad variable and an unknown field', async () => {
    const date = await api.gql(
      `mutation { checkTransaction(proposal: { supply: { providerId: "x", resellerId: "y", since: "2021-02-30" } }) { compliant } }`,
    );
    expect(date.body.errors?.[0]?.message).toMatch(/real calendar date written YYYY-MM-DD/);
    const variable = await api.gql(`query P($id: ID!) { partner(id: $id) { name } }`, { id: { nested: true } });
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0]?.message).toMatch(/\$id/);
    const field = await api.gql(`{ partner(id: "x") { nope } }`);
    expect(field.body.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });
});

describe('production mode', () => {
  it('turns introspection and GraphiQL off and hides field suggestions', async () => {
    const logs: Record<string, unknown>[] = [];
    const run = async (mode: 'production' | 'development', query: string) => {
      const app = createApp({ executor: api.db(), settings: { mode, jwt }, logger: { write: (e) => logs.push(e) } });
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token({ role: 'viewer' })}` },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    };
    const introspection = '{ __schema { queryType { name } } }';
    expect((await run('production', introspection)).errors?.[0]?.message).toMatch(/introspection/i);
    expect((await run('development', introspection)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await run('production', '{ partnr(id: "x") { name } }')).errors?.[0]?.message).not.toMatch(/Did you mean/);

    const page = async (mode: 'production' | 'development') =>
      createApp({ executor: api.db(), settings: { mode }, logger: { write: () => {} } }).fetch(
        'http://localhost/graphql',
        { headers: { accept: 'text/html' } },
      );
    expect((await page('development')).headers.get('content-type')).toMatch(/text\/html/);
    expect((await page('production')).headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});

describe('request ids and logs', () => {
  it('keeps a sane x-request-id, replaces an unsafe one, and logs one line per request', async () => {
    const kept = await post(
      { query: '{ me { id } }' },
      { authorization: `Bearer ${api.key('viewer')}`, 'x-request-id': 'trace-123' },
    );
    expect(kept.headers.get('x-request-id')).toBe('trace-123');
    const replaced = await post(
      { query: '{ me { id } }' },
      { authorization: `Bearer ${api.key('viewer')}`, 'x-request-id': 'bad id {"level":"x"}' },
    );
    const id = replaced.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = api.logs.filter((entry) => entry.msg === 'request' && entry.requestId === 'trace-123');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      method: 'POST',
      path: '/graphql',
      status: 200,
      principal: expect.stringMatching(/^api-key:/),
    });
    expect(typeof lines[0]?.ms).toBe('number');
  });

  it('gives /health a request id and a log line like every other request', async () => {
    const kept = await fetch(new URL('/health', api.url()), { headers: { 'x-request-id': 'probe-7' } });
    expect(kept.status).toBe(200);
    expect(kept.headers.get('x-request-id')).toBe('probe-7');
    const fresh = await fetch(new URL('/health', api.url()));
    const id = fresh.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const requestId of ['probe-7', id]) {
      const lines = api.logs.filter((entry) => entry.msg === 'request' && entry.requestId === requestId);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'info', method: 'GET', path: '/health', status: 200 });
      expect(typeof lines[0]?.ms).toBe('number');
    }
  });
});
