// The API over a local Neo4j that stops, starts again and has its password rotated while the API keeps running:
// requests fail fast with 503 and Retry-After during the outage, and succeed again within seconds without a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/api/auth/api-keys';
import { type RunningServer, startApiServer } from '../../server/api/index';
import { readSettings } from '../../server/config';
import { createExecutor, type Executor } from '../../server/db/executor';
import {
  freePort,
  readLocalState,
  rotateLocalPassword,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../server/db/local-neo4j';

const dir = mkdtempSync(path.join(os.tmpdir(), 'csp-recovery-'));
let settings: ReturnType<typeof readSettings>['local'];
let executor: Executor;
let server: RunningServer;
let secret: string;

beforeAll(async () => {
  settings = { ...readSettings({}).local, dir, port: await freePort(), heap: '512m', pageCacheMb: 64 };
  const state = await startLocalNeo4j(settings);
  executor = createExecutor(state, { queryTimeoutMs: 10_000, reloadCredentials: () => readLocalState(dir) });
  await executor.write("CREATE (:Organization {id: 'o1', name: 'Kept Ltd'})");
  secret = (await createApiKey(executor, { name: 'recovery', role: 'viewer', createdBy: 'test' })).secret;
  server = await startApiServer({
    executor,
    port: 0,
    host: '127.0.0.1',
    settings: { mode: 'test' },
    logger: { write: () => {} },
  });
});
afterAll(async () => {
  await server?.close();
  await executor?.close();
  await stopLocalNeo4j(dir);
  rmSync(dir, { recursive: true, force: true });
});

async function ask() {
  const started = performance.now();
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
  });
  return { response, body: await response.json(), ms: performance.now() - started };
}

describe('a Neo4j restart under a running API', () => {
  it('answers 503 with Retry-After within 2 s while Neo4j is down, then answers again within 5 s of its return', async () => {
    expect((await ask()).body).toEqual({ data: { organizations: { totalCount: 1 } } });
    await stopLocalNeo4j(dir);
    for (let attempt = 0; attempt < 3; attempt++) {
      const down = await ask();
      expect(down.ms).toBeLessThan(2_000);
      expect(down.response.status).toBe(503);
      expect(Number(down.response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(down.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    expect((await fetch(server.url.replace(/graphql$/, 'ready'))).status).toBe(503);

    await startLocalNeo4j(settings);
    const back = performance.now();
    let answered: unknown;
    while (performance.now() - back < 5_000) {
      const { body } = await ask();
      if (!body.errors) {
        answered = body;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answered).toEqual({ data: { organizations: { totalCount: 1 } } });
    expect((await fetch(server.url.replace(/graphql$/, 'ready'))).status).toBe(200);
  });

  it('re-reads the credentials when Neo4j comes back with a rotated password', async () => {
    const before = readLocalState(dir)?.password;
    await stopLocalNeo4j(dir);
    await rotateLocalPassword(settings);
    await startLocalNeo4j(settings);
    expect(readLocalState(dir)?.password).not.toBe(before);
    const back = performance.now();
    let answered: unknown;
    while (performance.now() - back < 5_000 && !answered) {
      const { body } = await ask();
      if (!body.errors) answered = body;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answered).toEqual({ data: { organizations: { totalCount: 1 } } });
  });
});
