// The generator is a pure function of its arguments: the same ones give the same bytes, another seed other bytes.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GenerateOptions, generateEcosystem } from '../../server/generate/generate-ecosystem';

/** Generation runs in a hook; unit test files run side by side on a shared machine, so allow it time. */
const GENERATION_TIMEOUT_MS = 120_000;

async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((item) => item.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, full), await readFile(full));
  }
  return files;
}

describe('generate determinism', () => {
  const folders: string[] = [];
  let runs: Map<string, Buffer>[];

  beforeAll(async () => {
    const generate = async (options: Omit<GenerateOptions, 'out'>) => {
      const out = await mkdtemp(path.join(tmpdir(), 'csp-generate-same-'));
      folders.push(out);
      await generateEcosystem({ ...options, out });
      return filesOf(out);
    };
    const options = { customers: 2000, seed: 'determinism', violationRate: 0.005, asOf: '2025-06-30' };
    runs = [await generate(options), await generate(options), await generate({ ...options, seed: 'another' })];
  }, GENERATION_TIMEOUT_MS);

  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('writes the same files with the same bytes for the same arguments', () => {
    const [first, second] = runs as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...first.keys()].sort()).toEqual([
      'data/customers.csv',
      'data/management-relationships.csv',
      'data/organizations.csv',
      'data/ownerships.csv',
      'data/partners.csv',
      'data/reseller-relationships.csv',
      'data/subscriptions.csv',
      'data/supplies.csv',
      'data/tenants.csv',
      'ground-truth.csv',
      'manifest.json',
    ]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, bytes] of first) {
      expect(bytes.length, name).toBeGreaterThan(0);
      expect(bytes.equals(second.get(name) as Buffer), `${name} differs between two runs`).toBe(true);
    }
  });

  it('writes different content for another seed, in every file', () => {
    const [first, , other] = runs as [Map<string, Buffer>, Map<string, Buffer>, Map<string, Buffer>];
    for (const [name, bytes] of first) {
      expect(bytes.equals(other.get(name) as Buffer), `${name} is the same for two seeds`).toBe(false);
    }
  });
});
