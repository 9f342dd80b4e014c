// Correct at scale: on a generated ecosystem of 10,000 customers the scan reports exactly the planted findings.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATA_FOLDER,
  GROUND_TRUTH_FILE,
  generateEcosystem,
  type Manifest,
} from '../../server/generate/generate-ecosystem';
import { importPath } from '../../server/import/import-path';
import { loadCatalog } from '../../server/rules/catalog';
import { compareWithGroundTruth, readGroundTruth } from '../../server/scan/ground-truth-check';
import { runScan } from '../../server/scan/run-scan';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const out = mkdtempSync(path.join(os.tmpdir(), 'csp-truth-'));
let manifest: Manifest;

beforeAll(async () => {
  manifest = await generateEcosystem({
    customers: 10_000,
    seed: 'ground-truth',
    out,
    violationRate: 0.005,
    asOf: '2025-06-30',
  });
  await clearGraph(db());
  await importPath(db(), path.join(out, DATA_FOLDER));
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the scan against the generator ground truth at 10,000 customers', () => {
  it('reports every planted finding and nothing else, for every rule', async () => {
    const truth = readGroundTruth(path.join(out, GROUND_TRUTH_FILE));
    const catalog = loadCatalog();
    // Every rule of the catalog has planted findings, so a rule that finds nothing cannot pass unnoticed.
    const planted = new Set([...truth].map((key) => key.slice(0, key.indexOf('|'))));
    expect([...planted].sort()).toEqual(catalog.map((rule) => rule.id).sort());

    const result = await runScan(db(), catalog, { asOf: manifest.asOf });
    const comparison = compareWithGroundTruth(
      result.findings.map((f) => f.key),
      truth,
    );
    expect(comparison.missing).toEqual([]);
    expect(comparison.unexpected).toEqual([]);
    expect(result.findings).toHaveLength(truth.size);
  });
});
