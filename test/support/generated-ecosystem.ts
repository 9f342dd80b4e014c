// A generated ecosystem for one test file: written to a temporary folder before its tests, removed after them.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateEcosystem } from '../../server/generate/generate-ecosystem';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../../server/generate/shape';

/** Call at the top of a test file (before the hooks that import it); the returned function gives the path of the
 * ecosystem's data folder inside hooks and tests. */
export function useGeneratedEcosystem(options: {
  customers: number;
  seed: string;
  violationRate?: number;
}): () => string {
  let folder = '';
  let dataPath = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), `csp-${options.seed}-`));
    const manifest = await generateEcosystem({
      customers: options.customers,
      seed: options.seed,
      out: folder,
      violationRate: options.violationRate ?? DEFAULT_VIOLATION_RATE,
      asOf: DEFAULT_AS_OF,
    });
    dataPath = path.join(folder, manifest.data);
  }, 300_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  return () => {
    if (!dataPath) throw new Error('The ecosystem is not generated yet: call useGeneratedEcosystem() at the top.');
    return dataPath;
  };
}
