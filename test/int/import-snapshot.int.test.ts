// Snapshot imports against the real Neo4j: relationships and subscriptions of the organizations a snapshot names that
// it no longer holds are ended as of its date (nothing deleted, other organizations untouched); a relationship found
// again is open again; the summary counts what was added, rewritten, left as it was and ended; the command line
// says so.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { importDocument } from '../../server/import/import-path';
import type { CollectionKey } from '../../server/import/import-schema';
import { type UndoEntry, undoBatch, writeBatch } from '../../server/import/write-batch';
import { runCli } from '../support/run-cli';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const AS_OF = '2025-07-01';

interface Document {
  format: string;
  version: number;
  [collection: string]: Record<string, unknown>[] | string | number;
}

const list = (document: Document, collection: string) => document[collection] as Record<string, unknown>[];

function complete(): Document {
  return JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'complete.json'), 'utf8'),
  ) as Document;
}

/** Fabrikam and Woodgrove as a snapshot sees them today: the supply still runs; the sale to Woodgrove, Contoso's
 * support of Woodgrove and Woodgrove's subscription are gone. */
function snapshot(): Document {
  const whole = complete();
  return {
    format: whole.format,
    version: whole.version,
    organizations: list(whole, 'organizations').filter((o) =>
      ['org-fabrikam', 'org-woodgrove'].includes(o.id as string),
    ),
    tenants: list(whole, 'tenants').filter((t) => ['t-fabrikam-csp', 't-woodgrove'].includes(t.id as string)),
    partners: list(whole, 'partners').filter((p) => p.id === 'p-fabrikam-fr'),
    customers: list(whole, 'customers').filter((c) => c.id === 'c-woodgrove'),
    supplies: list(whole, 'supplies').filter((s) => s.since === '2020-02-01'),
  };
}

async function untilOf(): Promise<Record<string, string | null>> {
  const rows = await readRows(
    db(),
    z.object({ what: z.string(), until: z.string().nullable() }),
    `MATCH (a)-[r:SELLS_TO|MANAGES|SUPPLIES]->(b)
     RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + toString(r.since) AS what, toString(r.until) AS until
     UNION
     MATCH (s:Subscription) RETURN s.id AS what, toString(s.until) AS until`,
  );
  return Object.fromEntries(rows.map((row) => [row.what, row.until]));
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await readRows(
    db(),
    z.object({ nodes: z.number(), relationships: z.number() }),
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return row as { nodes: number; relationships: number };
}

beforeEach(async () => {
  await clearGraph(db());
  await importDocument(db(), complete(), 'complete.json');
});

describe('a snapshot import', () => {
  it('ends what the named organizations no longer hold, as of its date, and nothing else', async () => {
    const before = await untilOf();
    const sizes = await counts();
    const result = await importDocument(db(), snapshot(), 'snapshot.json', { snapshot: { asOf: AS_OF } });
    expect(result.summary?.ended).toEqual({ resellerRelationships: 1, managementRelationships: 1, subscriptions: 1 });
    expect(result.summary?.added).toEqual({});
    // The snapshot restates what the graph holds: every record it names is left as it was.
    expect(result.summary?.rewritten).toEqual({});
    expect(result.summary?.unchanged).toEqual({ organizations: 2, tenants: 2, partners: 1, customers: 1, supplies: 1 });
    const after = await untilOf();
    const ended = {
      'p-fabrikam-fr SELLS_TO c-woodgrove 2021-01-01': AS_OF,
      'p-contoso-de MANAGES c-woodgrove 2021-03-01': AS_OF,
      's-woodgrove-m365': AS_OF,
    };
    expect(after).toEqual({ ...before, ...ended });
    // Already ended before the date (the 2018 supply, the gdap access) or not theirs (Litware's): as they were.
    expect(after['p-contoso-de SUPPLIES p-fabrikam-fr 2018-01-01']).toBe('2019-12-31');
    expect(after['p-fabrikam-fr MANAGES c-litware 2022-01-01']).toBe('2024-01-01');
    expect(after['s-litware-azure']).toBeNull();
    expect(await counts()).toEqual(sizes);
  });

  it('on a dry run says what it would end and writes nothing; once ended, nothing is ended again', async () => {
    const before = await untilOf();
    const dry = await importDocument(db(), snapshot(), 'snapshot.json', { snapshot: { asOf: AS_OF }, dryRun: true });
    expect(dry.summary?.ended).toEqual({ resellerRelationships: 1, managementRelationships: 1, subscriptions: 1 });
    expect(await untilOf()).toEqual(before);
    await importDocument(db(), snapshot(), 'snapshot.json', { snapshot: { asOf: AS_OF } });
    const again = await importDocument(db(), snapshot(), 'snapshot.json', { snapshot: { asOf: AS_OF } });
    expect(again.summary?.ended).toEqual({});
  });

  it('opens again a relationship a later import holds once more', async () => {
    await importDocument(db(), snapshot(), 'snapshot.json', { snapshot: { asOf: AS_OF } });
    const result = await importDocument(db(), complete(), 'complete.json', { snapshot: { asOf: '2025-08-01' } });
    expect(result.summary?.ended).toEqual({});
    const after = await untilOf();
    // A subscription record has no until, so an import leaves the snapshot's end on it.
    expect(after['s-woodgrove-m365']).toBe(AS_OF);
    expect(after['p-fabrikam-fr SELLS_TO c-woodgrove 2021-01-01']).toBeNull();
    expect(after['p-contoso-de MANAGES c-woodgrove 2021-03-01']).toBeNull();
  });

  it('ends nothing when stopped after its records are written: the batches are undone', async () => {
    const before = await untilOf();
    const stop = new AbortController();
    const attempt = importDocument(db(), snapshot(), 'snapshot.json', {
      snapshot: { asOf: AS_OF },
      transaction: 'journaled',
      batchSize: 1,
      signal: stop.signal,
      onProgress: (progress) => {
        if (progress.phase === 'writing' && progress.done === 7) stop.abort();
      },
    });
    await expect(attempt).rejects.toThrow(/stopped before it finished/);
    expect(await untilOf()).toEqual(before);
  });

  it('puts back, when an ended batch is undone, the until each relationship and subscription had', async () => {
    const before = await untilOf();
    // The rows a snapshot's end step writes: key fields, the new until and the one before (null: none).
    const ended = (key: Record<string, string>, priorUntil: string | null) => [{ ...key, until: AS_OF, priorUntil }];
    const ends: [CollectionKey, Record<string, unknown>[]][] = [
      [
        'resellerRelationships',
        ended({ partnerId: 'p-fabrikam-fr', customerId: 'c-woodgrove', since: '2021-01-01' }, null),
      ],
      [
        'managementRelationships',
        ended({ partnerId: 'p-contoso-de', customerId: 'c-woodgrove', kind: 'support', since: '2021-03-01' }, null),
      ],
      ['subscriptions', ended({ id: 's-woodgrove-m365' }, null)],
      [
        'supplies',
        ended({ providerId: 'p-contoso-de', resellerId: 'p-fabrikam-fr', since: '2018-01-01' }, '2019-12-31'),
      ],
    ];
    const entries: [CollectionKey, string][] = [];
    for (const [collection, rows] of ends) {
      const { undo: entry } = await db().writeTransaction((tx) =>
        writeBatch(tx, { collection, action: 'end', rows }, { batch: null, fresh: false }),
      );
      // The journal keeps an entry as JSON text.
      entries.push([collection, JSON.stringify(entry)]);
    }
    const after = await untilOf();
    expect(after['p-fabrikam-fr SELLS_TO c-woodgrove 2021-01-01']).toBe(AS_OF);
    expect(after['p-contoso-de MANAGES c-woodgrove 2021-03-01']).toBe(AS_OF);
    expect(after['s-woodgrove-m365']).toBe(AS_OF);
    expect(after['p-contoso-de SUPPLIES p-fabrikam-fr 2018-01-01']).toBe(AS_OF);
    for (const [collection, entry] of entries.reverse()) {
      await db().writeTransaction((tx) => undoBatch(tx, collection, JSON.parse(entry) as UndoEntry));
    }
    expect(await untilOf()).toEqual(before);
    expect(before['p-contoso-de SUPPLIES p-fabrikam-fr 2018-01-01']).toBe('2019-12-31');
  });
});

describe('./csp import --snapshot', () => {
  it('prints what it added, rewrote, left as it was and ended', async () => {
    const file = path.join(os.tmpdir(), `csp-snapshot-${process.pid}.json`);
    const renamed = snapshot();
    list(renamed, 'customers')[0] = { ...list(renamed, 'customers')[0], name: 'Woodgrove Bank (renamed)' };
    writeFileSync(file, JSON.stringify(renamed));
    const result = await runCli(['import', file, '--snapshot', '--as-of', AS_OF]);
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Added 0 records new to the graph; rewrote 1 it held that differed; left 6 it held exactly as imported.',
    );
    expect(result.stdout).toContain(
      `Snapshot as of ${AS_OF}: ended 3 relationships and subscriptions the input no longer holds.`,
    );
    expect(result.stdout).toMatch(/resellerRelationships\s+1 ended/);
  });
});
