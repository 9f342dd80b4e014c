// The bulk first load against a real local Neo4j of its own: the offline importer's store holds the same graph (labels,
// properties and their types, relationships) as the transactional import of the same file, with the schema and the
// region table; a refused input, or a new store that cannot be prepared, leaves the store as it was; a full store or a
// server is said to rule bulk out.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT, readSettings } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import type { Connection } from '../../server/db/connect';
import { createExecutor, type Executor } from '../../server/db/executor';
import { readLocalState, startLocalNeo4j, stopLocalNeo4j, swapLocalStore } from '../../server/db/local-neo4j';
import { bulkImport, whyNotBulk } from '../../server/import/bulk-import';
import { ImportError, importPath } from '../../server/import/import-path';
import { prepareDatabase } from '../../server/prepare-database';
import { runCli } from '../support/run-cli';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'import');
const COMPLETE_JSON = path.join(FIXTURES, 'complete.json');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Every node and relationship of the data and the region table, with each property's value and Neo4j type. */
/** Every node and relationship with its typed properties, but the change stamps: they record when a transactional
 * write happened, and a bulk-built store is new (its first scan is a full one, docs/change-tracking.md). */
async function typedGraph(executor: Executor): Promise<string[]> {
  const nodes = await readRows(
    executor,
    z.object({ line: z.unknown() }),
    `MATCH (n) WHERE NOT (n:SchemaMigration OR n:RegionTable)
     RETURN [labels(n), [key IN keys(n) WHERE NOT key IN ['changedAt', 'importBatch'] | [key, n[key], valueType(n[key])]]] AS line`,
  );
  const links = await readRows(
    executor,
    z.object({ line: z.unknown() }),
    `MATCH (a)-[r]->(b)
     RETURN [coalesce(a.id, a.code, a.name), type(r), coalesce(b.id, b.code, b.name),
             [key IN keys(r) WHERE NOT key IN ['changedAt', 'importBatch'] | [key, r[key], valueType(r[key])]]] AS line`,
  );
  const sorted = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sorted).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))) : value;
  return [...nodes, ...links].map((row) => JSON.stringify(sorted(row.line))).sort();
}

async function schemaNames(executor: Executor): Promise<string[]> {
  const constraints = await readRows(
    executor,
    z.object({ name: z.string() }),
    'SHOW CONSTRAINTS YIELD name RETURN name',
  );
  const indexes = await readRows(executor, z.object({ name: z.string() }), 'SHOW INDEXES YIELD name RETURN name');
  return [...constraints, ...indexes].map((row) => row.name).sort();
}

describe('a bulk first load into an empty local store', () => {
  const settings = readSettings();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'csp-bulk-'));
  const local = { ...settings.local, dir, port: 0, heap: process.env.NEO4J_LOCAL_HEAP ?? '1g' };
  let connection: Connection;

  async function connectLocal(): Promise<Connection> {
    const state = readLocalState(dir) ?? (await startLocalNeo4j(local));
    const executor = createExecutor(state, { queryTimeoutMs: 120_000 });
    await prepareDatabase(executor);
    return { executor, where: state.uri, local: true, settings: { ...settings, remote: undefined, local } };
  }

  beforeAll(async () => {
    local.port = await freePort();
    connection = await connectLocal();
  });

  afterAll(async () => {
    await connection.executor.close();
    await stopLocalNeo4j(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses bad input with the record and field, leaving the store as it was', async () => {
    const before = await typedGraph(connection.executor);
    const document = JSON.parse(readFileSync(COMPLETE_JSON, 'utf8')) as { customers: { country: string }[] };
    (document.customers[1] as { country: string }).country = 'XX';
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(document));
    const error = await bulkImport(connection, bad, importPath).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issues).toContainEqual(
      expect.objectContaining({ file: bad, record: '/customers/1', field: 'country' }),
    );
    expect(existsSync(path.join(dir, 'bulk-load'))).toBe(false);
    expect(await typedGraph(connection.executor)).toEqual(before);
  });

  it('puts the old store back when the new one cannot be prepared', { timeout: 300_000 }, async () => {
    const before = await typedGraph(connection.executor);
    const newHome = mkdtempSync(path.join(dir, 'new-home-'));
    mkdirSync(path.join(newHome, 'data'));
    await connection.executor.close();
    let prepared = false;
    const swap = swapLocalStore(local, newHome, {
      prepare: async (state) => {
        const executor = createExecutor(state, { queryTimeoutMs: 60_000 });
        try {
          // The new store runs where the old one did, and holds nothing yet.
          prepared =
            (await readRows(executor, z.object({ n: z.number() }), 'MATCH (n) RETURN count(n) AS n'))[0]?.n === 0;
        } finally {
          await executor.close();
        }
        throw new Error('the schema could not be applied');
      },
    });
    await expect(swap).rejects.toThrow('the schema could not be applied');
    expect(prepared).toBe(true);
    expect(readLocalState(dir)).toBeDefined();
    connection = await connectLocal();
    expect(await typedGraph(connection.executor)).toEqual(before);
    rmSync(newHome, { recursive: true, force: true });
  });

  it('builds the same graph as the transactional import, with the schema and region table', {
    timeout: 600_000,
  }, async () => {
    expect(await whyNotBulk(connection)).toBeUndefined();
    const result = await bulkImport(connection, COMPLETE_JSON, importPath);
    expect(result).toMatchObject({ records: 24, written: true, transaction: 'bulk' });
    expect(existsSync(path.join(dir, 'bulk-load'))).toBe(false);
    connection = await connectLocal();

    await clearGraph(db());
    await importPath(db(), COMPLETE_JSON);
    expect(await typedGraph(connection.executor)).toEqual(await typedGraph(db()));
    expect(await schemaNames(connection.executor)).toEqual(await schemaNames(db()));
    const [migrations] = await readRows(
      connection.executor,
      z.object({ applied: z.number() }),
      'MATCH (m:SchemaMigration) RETURN count(m) AS applied',
    );
    const [expected] = await readRows(
      db(),
      z.object({ applied: z.number() }),
      'MATCH (m:SchemaMigration) RETURN count(m) AS applied',
    );
    expect(migrations?.applied).toBe(expected?.applied);
  });

  it('says a store that holds data rules a bulk load out', async () => {
    expect(await whyNotBulk(connection)).toMatch(/the local store is not empty \(it holds \w+/);
  });
});

describe('--bulk against a server (NEO4J_URI)', () => {
  it('says why bulk is not possible and writes in transactions', async () => {
    await clearGraph(db());
    const result = await runCli(['import', COMPLETE_JSON, '--bulk']);
    expect(result.stderr).toMatch(
      /A bulk load is not possible: the database is the server at bolt:\/\/.+ \(NEO4J_URI\)/,
    );
    expect(result.stdout).toMatch(/Imported 24 records .* \(one transaction\)/);
    expect(result.code).toBe(0);
    const [row] = await readRows(
      db(),
      z.object({ customers: z.number() }),
      'MATCH (c:Customer) RETURN count(c) AS customers',
    );
    expect(row?.customers).toBeGreaterThan(0);
  });
});
