// A generated ecosystem imports cleanly into the real Neo4j, and a scan of the rule catalog at the manifest's as-of
// date reports exactly its ground truth.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { generateEcosystem, type Manifest } from '../../server/generate/generate-ecosystem';
import { importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { runRule } from '../../server/rules/run-rule';
import { useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

describe('generated ecosystem in the graph', () => {
  let out: string;
  let manifest: Manifest;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'csp-generate-import-'));
    manifest = await generateEcosystem({
      customers: 2000,
      seed: 'import',
      out,
      violationRate: 0.005,
      asOf: '2025-06-30',
    });
  });

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('imports with every record the manifest counts', async () => {
    const result = await importPath(db(), path.join(out, manifest.data));
    expect(result.written).toBe(true);
    expect(result.counts).toEqual(manifest.counts);
    const [graph] = await readRows(
      db(),
      z.object({ customers: z.number(), subscriptions: z.number(), supplies: z.number() }),
      `MATCH (c:Customer) WITH count(c) AS customers
       MATCH (s:Subscription) WITH customers, count(s) AS subscriptions
       MATCH ()-[r:SUPPLIES]->() RETURN customers, subscriptions, count(r) AS supplies`,
    );
    expect(graph).toEqual({
      customers: manifest.counts.customers,
      subscriptions: manifest.counts.subscriptions,
      supplies: manifest.counts.supplies,
    });
  });

  it('yields exactly the ground truth when every rule runs as of the manifest date', async () => {
    const found = new Set<string>();
    for (const rule of loadCatalog()) {
      for (const row of await runRule(db(), rule, manifest.asOf)) found.add(`${rule.id},${row.subjects.join('|')}`);
    }
    const truth = (await readFile(path.join(out, manifest.groundTruth), 'utf8')).trimEnd().split('\n').slice(1);
    const missed = truth.filter((row) => !found.has(row));
    const extra = [...found].filter((row) => !truth.includes(row)).sort();
    expect({ missed, extra }).toEqual({ missed: [], extra: [] });
  });
});
