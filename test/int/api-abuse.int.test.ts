// Abuse over real HTTP: rate limits per key and per address (429 + Retry-After), failed authentications throttled
// harder, unknown keys answered without a database look-up, CORS closed unless allowed, and nothing about the schema
// (nor a read body) for a request without valid credentials.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startApiServer } from '../../server/api/index';
import { type ApiSettings, DEFAULT_RATE_LIMITS } from '../../server/api/settings';
import type { Executor } from '../../server/db/executor';
import { recordingReads } from '../support/recording-reads';
import { DEMO_IDS, useApiServer } from './api-harness';

const api = useApiServer();
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function serve(settings: Partial<ApiSettings>, executor: Executor = api.db()): Promise<string> {
  const server = await startApiServer({
    executor,
    port: 0,
    host: '127.0.0.1',
    settings: { mode: 'production', jwt: undefined, ...settings },
    logger: { write: () => {} },
  });
  servers.push(server);
  return server.url;
}

async function post(url: string, headers: Record<string, string>, query = '{ me { id } }') {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-key limit, and keeps other keys going', async () => {
    const url = await serve({ rateLimits: { ...DEFAULT_RATE_LIMITS, perKeyPerMinute: 3 } });
    const viewer = { authorization: `Bearer ${api.key('viewer')}` };
    for (let i = 0; i < 3; i++) expect((await post(url, viewer)).status).toBe(200);
    const limited = await post(url, viewer);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(limited.text).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await post(url, { authorization: `Bearer ${api.key('analyst')}` })).status).toBe(200);
  });

  it('answers 429 past the per-address limit, whatever the key', async () => {
    const url = await serve({ rateLimits: { ...DEFAULT_RATE_LIMITS, perAddressPerMinute: 2 } });
    expect((await post(url, { authorization: `Bearer ${api.key('viewer')}` })).status).toBe(200);
    expect((await post(url, { authorization: `Bearer ${api.key('analyst')}` })).status).toBe(200);
    expect((await post(url, { authorization: `Bearer ${api.key('admin')}` })).status).toBe(429);
  });

  it('throttles an address after a few failed authentications, even when it then sends a good key', async () => {
    const url = await serve({ rateLimits: { ...DEFAULT_RATE_LIMITS, failedAuthPerWindow: 3 } });
    for (let i = 0; i < 3; i++) expect((await post(url, { authorization: `Bearer csp_wrong${i}` })).status).toBe(401);
    const throttled = await post(url, { authorization: `Bearer ${api.key('viewer')}` });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(60);
  });

  it('looks an unknown key up in the graph once, then answers from memory', async () => {
    const { executor: counting, reads } = recordingReads(api.db());
    const url = await serve({}, counting);
    for (let i = 0; i < 5; i++) expect((await post(url, { authorization: 'Bearer csp_guess' })).status).toBe(401);
    expect(reads.filter((query) => query.includes('ApiKey'))).toHaveLength(1);
  });
});

describe('unauthenticated requests', () => {
  it('get 401 and nothing about the schema, however wrong the query', async () => {
    for (const query of ['{ nope }', '{ partner { name } }', '{ __schema { types { name } } }', 'not graphql']) {
      const answer = await post(api.url(), {}, query);
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.text).errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(answer.text).not.toMatch(/Cannot query|Partner|argument|Syntax|__schema/);
    }
  });

  it('are refused before their body is read: the connection closes after the headers', async () => {
    const { hostname, port } = new URL(api.url());
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => {
        // Declares 5 MB but sends none of it: an answer can only come from the headers.
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n',
        );
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      setTimeout(() => socket.destroy(), 5_000);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 401/);
    expect(reply).toMatch(/UNAUTHENTICATED/);
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });

  it('allows no other origin by default, not even null', async () => {
    for (const origin of ['https://evil.example.com', 'null']) {
      const answer = await preflight(api.url(), origin);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(api.url(), {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${api.key('viewer')}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
      expect(post.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('allows the origins of the allowlist, and only those', async () => {
    const url = await serve({ corsOrigins: ['https://dash.example.com'] });
    const allowed = await preflight(url, 'https://dash.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.com');
    const other = await preflight(url, 'https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
  });
});

describe('forbidden fields', () => {
  it('answers null with FORBIDDEN for the one field above the role, and keeps the rest', async () => {
    const result = await api.gql(
      `{ me { role } apiKeys { totalCount } partner(id: "${DEMO_IDS.litwareEurope}") { name } }`,
      {},
      { role: 'viewer' },
    );
    expect(result.body.data).toEqual({ me: { role: 'VIEWER' }, apiKeys: null, partner: { name: expect.any(String) } });
    expect(result.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['apiKeys', 'FORBIDDEN'],
    ]);
  });
});
