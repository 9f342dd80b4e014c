// Journaled imports against the real Neo4j: a failure or a stop part-way, and a process killed mid-import, leave the
// graph exactly as it was, whatever the import had changed; a live import is left alone and keeps others out.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { ImportJournal, recoverImports } from '../../server/import/import-journal';
import {
  ImportError,
  type ImportProgress,
  ImportStoppedError,
  importDocument,
  importPath,
} from '../../server/import/import-path';
import { clearGraph, graphSnapshot, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const COMPLETE_JSON = path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'complete.json');
const scratch = mkdtempSync(path.join(tmpdir(), 'csp-import-journal-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Doc = Record<string, Record<string, unknown>[]>;

function complete(): Doc {
  return JSON.parse(readFileSync(COMPLETE_JSON, 'utf8')) as Doc;
}

function record(document: Doc, collection: string, index: number): Record<string, unknown> {
  const found = document[collection]?.[index];
  if (!found) throw new Error(`The document has no ${collection}[${index}]`);
  return found;
}

async function bookkeeping(): Promise<{ imports: number; entries: number }> {
  const [counts] = await readRows(
    db(),
    z.object({ imports: z.number(), entries: z.number() }),
    'CALL () { MATCH (i:Import) RETURN count(i) AS imports } CALL () { MATCH (j:ImportJournal) RETURN count(j) AS entries } RETURN imports, entries',
  );
  return counts ?? { imports: -1, entries: -1 };
}

/** The complete fixture rewritten: other properties, roles, links and PartnerIDs, and a few new records. */
function changedDocument(): Doc {
  const changed = complete();
  const contoso = record(changed, 'partners', 0);
  const fabrikam = record(changed, 'partners', 1);
  contoso.roles = ['indirect-reseller'];
  contoso.status = undefined;
  contoso.mpaSignedOn = '2021-01-01';
  contoso.tenantId = 't-fabrikam-csp';
  contoso.organizationId = 'org-northwind';
  [contoso.mpnId, fabrikam.mpnId] = [fabrikam.mpnId, contoso.mpnId];
  fabrikam.roles = ['indirect-reseller', 'direct-bill'];
  fabrikam.country = 'DE';
  const woodgrove = record(changed, 'customers', 0);
  woodgrove.organizationId = undefined;
  woodgrove.domain = undefined;
  woodgrove.country = 'AT';
  woodgrove.tenantId = 't-litware';
  record(changed, 'customers', 1).organizationId = 'org-fabrikam';
  record(changed, 'tenants', 3).country = 'BE';
  record(changed, 'tenants', 0).kind = 'customer';
  record(changed, 'organizations', 2).country = 'NL';
  record(changed, 'organizations', 0).name = 'Contoso Renamed';
  record(changed, 'ownerships', 0).since = undefined;
  record(changed, 'ownerships', 1).share = 0.75;
  record(changed, 'supplies', 0).until = '2030-01-01';
  record(changed, 'supplies', 1).state = 'active';
  record(changed, 'resellerRelationships', 1).until = undefined;
  record(changed, 'managementRelationships', 0).until = '2025-01-01';
  const m365 = record(changed, 'subscriptions', 0);
  m365.resellerOfRecordId = undefined;
  m365.billingType = undefined;
  m365.billedById = 'p-fabrikam-fr';
  m365.tenantId = 't-litware';
  m365.customerId = 'c-litware';
  const azure = record(changed, 'subscriptions', 1);
  azure.resellerOfRecordId = 'p-fabrikam-fr';
  azure.status = 'active';
  record(changed, 'organizations', 3).name = 'Woodgrove Group';
  changed.organizations?.push({ id: 'org-new', name: 'New Org', country: 'FR' });
  changed.tenants?.push({ id: 't-new', country: 'FR', kind: 'customer' });
  changed.customers?.push({ id: 'c-new', name: 'New Customer', tenantId: 't-new', country: 'FR' });
  changed.resellerRelationships?.push({ partnerId: 'p-fabrikam-fr', customerId: 'c-new', since: '2024-01-01' });
  return changed;
}

/** How many records of the document the complete fixture holds exactly so, at the same place: an import of the
 * document leaves them as they are. */
function unchangedRecords(document: Doc): number {
  const original = complete();
  return Object.entries(document).reduce((sum, [collection, records]) => {
    if (!Array.isArray(records)) return sum;
    const before = original[collection] as unknown[];
    return sum + records.filter((record, index) => JSON.stringify(record) === JSON.stringify(before[index])).length;
  }, 0);
}

/** A subscription for c-litware; with the test's uniqueness constraint on offerName, a repeated name fails. */
function subscription(id: string, offerName: string): Record<string, unknown> {
  return {
    id,
    customerId: 'c-litware',
    billedById: 'p-contoso-de',
    tenantId: 't-litware',
    createdOn: '2024-01-01',
    offerName,
  };
}

async function withOfferNameConstraint(work: () => Promise<void>): Promise<void> {
  await db().write(
    'CREATE CONSTRAINT test_offer_name IF NOT EXISTS FOR (s:Subscription) REQUIRE s.offerName IS UNIQUE',
  );
  try {
    await work();
  } finally {
    await db().write('DROP CONSTRAINT test_offer_name IF EXISTS');
  }
}

beforeEach(async () => {
  await clearGraph(db());
  await importPath(db(), COMPLETE_JSON);
});

describe('a journaled re-import that fails part-way', () => {
  it('changes properties, roles, links and PartnerIDs when it succeeds', async () => {
    const before = await graphSnapshot(db());
    const result = await importDocument(db(), changedDocument(), 'changed.json', {
      transaction: 'journaled',
      batchSize: 1,
    });
    expect(result.transaction).toBe('journaled');
    expect(await graphSnapshot(db())).not.toBe(before);
    const [contoso] = await readRows(
      db(),
      z.object({ labels: z.array(z.string()), mpnId: z.string(), tenant: z.string(), organization: z.string() }),
      `MATCH (p:Partner {id: 'p-contoso-de'})-[:USES_TENANT]->(t), (p)-[:ACCOUNT_OF]->(o)
       RETURN labels(p) AS labels, p.mpnId AS mpnId, t.id AS tenant, o.id AS organization`,
    );
    expect(contoso).toEqual({
      labels: expect.arrayContaining(['IndirectReseller']),
      mpnId: '1000002',
      tenant: 't-fabrikam-csp',
      organization: 'org-northwind',
    });
    expect(contoso?.labels).toHaveLength(2);
    expect(await bookkeeping()).toEqual({ imports: 0, entries: 0 });
  });

  it('restores every previous value, label and link exactly', async () => {
    const before = await graphSnapshot(db());
    const document = changedDocument();
    document.subscriptions?.push(
      subscription('s-new-1', 'Plan one'),
      subscription('s-new-2', 'Plan two'),
      subscription('s-new-3', 'Plan one'),
    );
    const phases: ImportProgress[] = [];
    await withOfferNameConstraint(async () => {
      const error = await importDocument(db(), document, 'changed.json', {
        transaction: 'journaled',
        batchSize: 1,
        onProgress: (progress) => phases.push(progress),
      }).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).issues[0]?.reason).toMatch(/already exists/);
    });
    // Every record but the last subscription was committed before the failure, and then undone.
    const records = Object.values(document).reduce((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
    const written = Math.max(...phases.filter((p) => p.phase === 'writing').map((p) => p.done));
    expect(written).toBe(records - 1);
    const undone = phases.filter((p) => p.phase === 'undoing').at(-1);
    expect(undone?.done).toBe(undone?.total);
    // One journal entry per batch (of one record) that changed the graph: a record restated as it was leaves none.
    expect(undone?.total).toBeGreaterThanOrEqual(written - unchangedRecords(document));
    expect(await graphSnapshot(db())).toBe(before);
    expect(await bookkeeping()).toEqual({ imports: 0, entries: 0 });
  });

  it('undoes what it wrote when it is stopped', async () => {
    const before = await graphSnapshot(db());
    const stop = new AbortController();
    const error = await importDocument(db(), changedDocument(), 'changed.json', {
      transaction: 'journaled',
      batchSize: 1,
      signal: stop.signal,
      onProgress: (progress) => {
        if (progress.phase === 'writing' && progress.done >= 12) stop.abort();
      },
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportStoppedError);
    expect(await graphSnapshot(db())).toBe(before);
    expect(await bookkeeping()).toEqual({ imports: 0, entries: 0 });
  });
});

describe('recovery', () => {
  it('undoes an import whose process was killed mid-way, when the product starts again', async () => {
    const before = await graphSnapshot(db());
    const document = changedDocument();
    for (let index = 0; index < 300; index++) {
      document.organizations?.push({ id: `org-bulk-${index}`, name: `Bulk ${index}` });
    }
    const file = path.join(scratch, 'killed.json');
    writeFileSync(file, JSON.stringify(document));
    // A separate process imports one record per transaction and is killed (no undo, no goodbye) after 40 of them.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { createExecutor } from ${JSON.stringify(path.join(PROJECT_ROOT, 'server/db/executor.ts'))};
         import { importPath } from ${JSON.stringify(path.join(PROJECT_ROOT, 'server/import/import-path.ts'))};
         const executor = createExecutor(JSON.parse(process.env.CSP_TEST_NEO4J), { queryTimeoutMs: 60000 });
         await importPath(executor, process.env.CSP_TEST_FILE, {
           transaction: 'journaled', batchSize: 1, concurrency: 1,
           onProgress: (p) => { if (p.phase === 'writing') process.stdout.write('written ' + p.done + '\\n'); },
         });
         process.stdout.write('finished\\n');`,
      ],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, CSP_TEST_NEO4J: JSON.stringify(inject('neo4j')), CSP_TEST_FILE: file },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/written (4\d|[5-9]\d|\d{3})\n/.test(output)) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`The importing process ended before it was killed:\n${output}`)));
    });
    await exited;
    expect(output).not.toContain('finished');

    const [left] = await readRows(
      db(),
      z.object({ state: z.string(), source: z.string() }),
      'MATCH (i:Import) RETURN i.state AS state, i.source AS source',
    );
    expect(left).toEqual({ state: 'writing', source: file });
    // 40 records written, one batch each; those restated as they were journal nothing.
    expect((await bookkeeping()).entries).toBeGreaterThanOrEqual(40 - unchangedRecords(document));
    expect(await graphSnapshot(db())).not.toBe(before);

    const recovered = await recoverImports(db());
    expect(recovered).toEqual([expect.objectContaining({ source: file, state: 'writing' })]);
    expect(await graphSnapshot(db())).toBe(before);
    expect(await bookkeeping()).toEqual({ imports: 0, entries: 0 });
  });

  it('leaves a live import alone, and refuses a second import while it runs', async () => {
    const live = await ImportJournal.begin(db(), 'live.json', 10, 60_000);
    try {
      expect(await recoverImports(db())).toEqual([]);
      const error = await importDocument(db(), changedDocument(), 'second.json', { transaction: 'single' }).catch(
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).issues[0]?.reason).toMatch(
        /^another import \(live\.json, started .*\) is being written/,
      );
    } finally {
      await live.undo();
    }
    expect(await bookkeeping()).toEqual({ imports: 0, entries: 0 });
  });

  it('takes over an import that has been silent for too long', async () => {
    const before = await graphSnapshot(db());
    const silent = await ImportJournal.begin(db(), 'silent.json', 10, 60_000);
    silent.stopHeartbeat();
    expect(await recoverImports(db(), { staleAfterMs: 60_000 })).toEqual([]);
    const recovered = await recoverImports(db(), { staleAfterMs: 0 });
    expect(recovered).toEqual([expect.objectContaining({ source: 'silent.json', state: 'writing' })]);
    await expect(silent.finish()).rejects.toThrow(/no longer writing/);
    expect(await graphSnapshot(db())).toBe(before);
  });
});

describe('a journaled first load', () => {
  it('journals a tag per batch instead of the keys it created, and undoes by the tag', async () => {
    await clearGraph(db());
    const empty = await graphSnapshot(db());
    const stop = new AbortController();
    let journal: Promise<{ collection: string; undo: string }[]> | undefined;
    const error = await importPath(db(), COMPLETE_JSON, {
      transaction: 'journaled',
      batchSize: 2,
      signal: stop.signal,
      onProgress: (progress) => {
        if (progress.phase !== 'writing' || progress.done < 8 || journal) return;
        journal = readRows(
          db(),
          z.object({ collection: z.string(), undo: z.string() }),
          'MATCH (j:ImportJournal) RETURN j.collection AS collection, j.undo AS undo ORDER BY j.seq',
        );
        stop.abort();
      },
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportStoppedError);
    const entries = (await journal) ?? [];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      // Every collection was empty: nothing was read before writing, nothing changed, and the created records are
      // counted, not listed.
      expect(JSON.parse(entry.undo)).toEqual({
        action: 'write',
        batch: expect.any(Number),
        created: expect.any(Number),
        changed: [],
      });
    }
    expect(await graphSnapshot(db())).toBe(empty);
    expect(await bookkeeping()).toEqual({ imports: 0, entries: 0 });
  });

  it('leaves each created record tagged with its batch, one tag per batch of its collection', async () => {
    await clearGraph(db());
    await importPath(db(), COMPLETE_JSON, { transaction: 'journaled', batchSize: 2 });
    const [organizations] = await readRows(
      db(),
      z.object({ records: z.number(), tags: z.number(), untagged: z.number() }),
      `MATCH (o:Organization)
       RETURN count(o) AS records, count(DISTINCT o.importBatch) AS tags,
              count(CASE WHEN o.importBatch IS NULL THEN 1 END) AS untagged`,
    );
    expect(organizations?.untagged).toBe(0);
    expect(organizations?.tags).toBe(Math.ceil((organizations?.records ?? 0) / 2));
    expect(await bookkeeping()).toEqual({ imports: 0, entries: 0 });
  });
});
