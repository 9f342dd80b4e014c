// The local Neo4j runner as `./csp db` drives it: start in the background, status, data kept across a restart, stop.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readSettings } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { createExecutor } from '../../server/db/executor';
import { readLocalState, startLocalNeo4j, stopLocalNeo4j } from '../../server/db/local-neo4j';

const dir = mkdtempSync(path.join(os.tmpdir(), 'csp-local-'));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

afterAll(async () => {
  await stopLocalNeo4j(dir);
  rmSync(dir, { recursive: true, force: true });
});

describe('the persistent local Neo4j', () => {
  it('starts in the background on 127.0.0.1, keeps its data across a restart, and stops', async () => {
    const settings = { ...readSettings({}).local, dir, port: await freePort(), heap: '512m', pageCacheMb: 64 };
    const state = await startLocalNeo4j(settings);
    expect(state.uri).toBe(`bolt://127.0.0.1:${settings.port}`);
    expect(readLocalState(dir)?.pid).toBe(state.pid);
    // The password file is readable by its owner only.
    expect(statSync(path.join(dir, 'local-neo4j.json')).mode & 0o077).toBe(0);
    // Starting again returns the running server instead of a second one.
    expect((await startLocalNeo4j(settings)).pid).toBe(state.pid);

    const first = createExecutor(state, { queryTimeoutMs: 30_000 });
    await first.write("CREATE (:Organization {id: 'kept', name: 'Kept Ltd'})");
    await first.close();

    expect(await stopLocalNeo4j(dir)).toBe(true);
    expect(readLocalState(dir)).toBeUndefined();
    expect(await stopLocalNeo4j(dir)).toBe(false);

    const again = await startLocalNeo4j(settings);
    // The password is kept across restarts, so clients that hold it keep working.
    expect(again.password).toBe(state.password);
    expect(statSync(path.join(dir, 'local-neo4j.password')).mode & 0o077).toBe(0);
    const second = createExecutor(again, { queryTimeoutMs: 30_000 });
    const rows = await readRows(
      second,
      z.object({ name: z.string() }),
      "MATCH (o:Organization {id: 'kept'}) RETURN o.name AS name",
    );
    await second.close();
    expect(rows).toEqual([{ name: 'Kept Ltd' }]);
  });

  it('refuses a port that is already taken, saying which setting to change', async () => {
    const server = net.createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
    );
    const other = mkdtempSync(path.join(os.tmpdir(), 'csp-local-'));
    try {
      await expect(startLocalNeo4j({ ...readSettings({}).local, dir: other, port })).rejects.toThrow(
        new RegExp(`Port ${port} on 127.0.0.1 is taken.*NEO4J_LOCAL_PORT`),
      );
    } finally {
      server.close();
      rmSync(other, { recursive: true, force: true });
    }
  });
});
