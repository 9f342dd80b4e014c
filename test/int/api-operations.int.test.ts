// Operations: /health, /ready (503 while Neo4j is unreachable, 200 again once it is back, without a restart), and
// batching (a query tree costs a fixed number of Cypher queries, however many parents it lists).
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiKey } from '../../server/api/auth/api-keys';
import { createApp, type RunningServer, startApiServer } from '../../server/api/index';
import { createExecutor, type Executor } from '../../server/db/executor';
import { importPath } from '../../server/import/import-path';
import { useTestDatabase } from '../support/test-database';
import { DEMO, emptyGraphFirst } from './api-harness';

/** A TCP relay to Neo4j that can be cut and restored, to play an outage without stopping the shared server. */
function relay(targetPort: number) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      const listening = net.createServer((client) => {
        const upstream = net.connect(targetPort, '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server = listening;
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return {
    port: () => port,
    listen,
    cut: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server?.close(() => resolve());
      }),
  };
}

emptyGraphFirst();
const db = useTestDatabase();
const neo4jPort = Number(new URL(inject('neo4j').uri.replace(/^bolt/, 'http')).port);
const link = relay(neo4jPort);
let relayed: Executor;
let server: RunningServer;
let secret: string;

beforeAll(async () => {
  await importPath(db(), DEMO);
  secret = (await createApiKey(db(), { name: 'operations', role: 'viewer', createdBy: 'test' })).secret;
  await link.listen();
  relayed = createExecutor({ ...inject('neo4j'), uri: `bolt://127.0.0.1:${link.port()}` }, { queryTimeoutMs: 10_000 });
  server = await startApiServer({
    executor: relayed,
    port: 0,
    host: '127.0.0.1',
    settings: { mode: 'test' },
    logger: { write: () => {} },
  });
});
afterAll(async () => {
  await server?.close();
  await link.cut();
  await relayed?.close();
});

const base = () => server.url.replace(/\/graphql$/, '');

async function ready(): Promise<number> {
  return (await fetch(`${base()}/ready`)).status;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

describe('health and readiness', () => {
  it('answers /health while the process is up, and /ready while Neo4j answers', async () => {
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    const response = await fetch(`${base()}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('reports 503 while Neo4j is unreachable and recovers by itself when it is back', async () => {
    await link.cut();
    expect(await until(async () => (await ready()) === 503, 20_000)).toBe(true);
    const down = await fetch(`${base()}/ready`);
    expect(await down.json()).toEqual({ status: 'unavailable', reason: 'Neo4j does not answer' });
    expect((await fetch(`${base()}/health`)).status).toBe(200);

    await link.listen();
    expect(await until(async () => (await ready()) === 200, 30_000)).toBe(true);
    const query = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
    });
    expect(await query.json()).toEqual({ data: { organizations: { totalCount: 15 } } });
  });
});

describe('batching', () => {
  it('resolves a nested list with a fixed number of Cypher queries, not one per parent', async () => {
    let reads = 0;
    const counting: Executor = {
      ...db(),
      read: (query, params) => {
        reads += 1;
        return db().read(query, params);
      },
    };
    const app = createApp({ executor: counting, settings: { mode: 'test' }, logger: { write: () => {} } });
    const run = async (first: number) => {
      reads = 0;
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query: `query Q($first: Int) { partners(first: $first) { edges { node {
            name organization { name } region { name } tenant { cloud } violations { openFindings }
            resellers { totalCount edges { reseller { name organization { name } } } }
            billedSubscriptions { edges { node { customer { name tenant { region { name } } } } } }
          } } } }`,
          variables: { first },
        }),
      });
      const body = (await response.json()) as { data: { partners: { edges: unknown[] } } };
      return { parents: body.data.partners.edges.length, reads };
    };
    const few = await run(2);
    const all = await run(15);
    expect(all.parents).toBe(15);
    // One query per field level (plus the API key lookup once it is cached no more), whatever the page size.
    expect(all.reads).toBeLessThanOrEqual(few.reads + 1);
    expect(all.reads).toBeLessThan(all.parents);
  });
});
