// The executor's circuit breaker, between it and Neo4j a proxy that forwards, refuses, or accepts connections and
// never answers (as a Neo4j that is starting does): once Neo4j was found unreachable, a single probe finds out whether
// it answers again, while every other call fails at once; calls go through again as soon as the probe is answered.
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createExecutor, DatabaseError, DatabaseUnavailableError, type Executor } from '../../server/db/executor';

type Mode = 'forward' | 'refuse' | 'silent';

const COOLDOWN_MS = 200;
let mode: Mode = 'forward';
/** Connections the proxy accepted and held without answering. */
let silentConnections = 0;
const open = new Set<net.Socket>();
let proxy: net.Server;
let proxyUri: string;
let executor: Executor;

beforeAll(async () => {
  const target = new URL(inject('neo4j').uri);
  proxy = net.createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => {});
    if (mode === 'refuse') {
      client.destroy();
    } else if (mode === 'silent') {
      silentConnections += 1;
      client.resume();
    } else {
      const upstream = net.connect(Number(target.port || 7687), target.hostname);
      open.add(upstream);
      upstream.on('close', () => open.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as net.AddressInfo;
  // bolt:// on purpose: a routing driver would learn the server's own address and go around the proxy.
  proxyUri = `bolt://127.0.0.1:${port}`;
  executor = createExecutor(
    { ...inject('neo4j'), uri: proxyUri },
    { queryTimeoutMs: 10_000, breakerCooldownMs: COOLDOWN_MS },
  );
});
afterEach(() => {
  mode = 'forward';
});
afterAll(async () => {
  for (const socket of open) socket.destroy();
  await executor?.close();
  await new Promise((resolve) => proxy.close(resolve));
});

/** Cuts every connection through the proxy and refuses new ones: Neo4j has stopped. */
function stopNeo4j(): void {
  mode = 'refuse';
  for (const socket of open) socket.destroy();
}

const answer = () => executor.read('RETURN 1 AS one');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the circuit breaker', () => {
  it('sends one probe to a Neo4j that accepts connections but does not answer, and fails every other call at once', async () => {
    expect(await answer()).toEqual([{ one: 1 }]);
    stopNeo4j();
    await expect(answer()).rejects.toBeInstanceOf(DatabaseUnavailableError);

    mode = 'silent';
    await sleep(COOLDOWN_MS + 50);
    const started = performance.now();
    const calls = await Promise.allSettled(Array.from({ length: 10 }, answer));
    expect(performance.now() - started).toBeLessThan(2_000);
    for (const call of calls) {
      expect(call.status).toBe('rejected');
      expect((call as PromiseRejectedResult).reason).toBeInstanceOf(DatabaseUnavailableError);
    }
    // The probe's connection alone reached the silent server; the ten calls did not wait on it.
    expect(silentConnections).toBe(1);

    mode = 'forward';
    const back = performance.now();
    let rows: unknown;
    while (!rows && performance.now() - back < 5_000) {
      rows = await answer().catch((error: unknown) => {
        expect(error).toBeInstanceOf(DatabaseUnavailableError);
        return sleep(50).then(() => undefined);
      });
    }
    expect(rows).toEqual([{ one: 1 }]);
    // Closed again: calls go straight through.
    expect(await Promise.all([answer(), answer(), answer()])).toEqual([[{ one: 1 }], [{ one: 1 }], [{ one: 1 }]]);
  });

  it('lets the call through to report its own error when Neo4j answers the probe with a refusal', async () => {
    // A user that does not exist: Neo4j refuses it, and its failed logins lock out no one else.
    const refused = createExecutor(
      { ...inject('neo4j'), uri: proxyUri, user: 'no-such-user', password: 'not-the-password' },
      { queryTimeoutMs: 10_000, breakerCooldownMs: COOLDOWN_MS },
    );
    try {
      stopNeo4j();
      await expect(refused.read('RETURN 1 AS one')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      mode = 'forward';
      await sleep(COOLDOWN_MS + 50);
      const error = await refused.read('RETURN 1 AS one').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).not.toBeInstanceOf(DatabaseUnavailableError);
      expect((error as DatabaseError).code).toBe('Neo.ClientError.Security.Unauthorized');
    } finally {
      await refused.close();
    }
  });
});
