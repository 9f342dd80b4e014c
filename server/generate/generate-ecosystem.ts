// Generates a synthetic CSP ecosystem: the import-format CSV files, the ground truth of the findings planted in
// them, and a manifest. Same options, same bytes: every choice comes from a generator seeded by the options.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CollectionKey } from '../import/import-schema';
import { defaultRegionTable } from '../regions/region-table';
import { loadCatalog } from '../rules/catalog';
import { formatDay, parseDay } from '../shared/dates';
import { createProviders, generateBaseline, type Multinational, planMultinationals } from './baseline';
import { EcosystemBuilder } from './ecosystem-builder';
import { EcosystemFiles } from './ecosystem-files';
import { GroundTruth } from './ground-truth';
import { createIdentifiers } from './identifiers';
import { PlantContext } from './plant-context';
import { planPlants } from './plant-plan';
import { createRandom } from './prng';
import { createRegionCatalog } from './region-catalog';
import { EARLIEST_AS_OF, MAX_VIOLATION_RATE, REGION_SHAPES } from './shape';

export interface GenerateOptions {
  customers: number;
  seed: string;
  /** The folder to write to (created when missing). */
  out: string;
  violationRate: number;
  /** YYYY-MM-DD: the date the ecosystem describes and the ground truth holds at. */
  asOf: string;
}

export interface Manifest {
  format: 'csp-graph-synthetic';
  version: 1;
  arguments: { customers: number; seed: string; violationRate: number; asOf: string };
  /** Scan at this date to get exactly the ground truth. */
  asOf: string;
  /** The folder (relative to the manifest) with the import-format CSV files: `./csp import` it. */
  data: string;
  groundTruth: string;
  counts: Record<CollectionKey, number>;
  findings: Record<string, number>;
  plants: Record<string, number>;
}

export const DATA_FOLDER = 'data';
export const GROUND_TRUTH_FILE = 'ground-truth.csv';
export const MANIFEST_FILE = 'manifest.json';

export class GenerateError extends Error {
  override name = 'GenerateError';
}

function check(options: GenerateOptions): number {
  if (!Number.isSafeInteger(options.customers) || options.customers < 1) {
    throw new GenerateError(`The number of customers must be a whole number of at least 1, not ${options.customers}`);
  }
  if (options.seed === '') throw new GenerateError('The seed must not be empty');
  if (!(options.violationRate >= 0 && options.violationRate <= MAX_VIOLATION_RATE)) {
    throw new GenerateError(
      `The violation rate must be between 0 and ${MAX_VIOLATION_RATE}, not ${options.violationRate}`,
    );
  }
  const asOf = parseDay(options.asOf);
  if (asOf === undefined) throw new GenerateError(`The as-of date '${options.asOf}' is not a date like 2025-06-30`);
  if (options.asOf < EARLIEST_AS_OF || options.asOf > '2099-12-31') {
    throw new GenerateError(`The as-of date must lie between ${EARLIEST_AS_OF} and 2099-12-31, not ${options.asOf}`);
  }
  return asOf;
}

/** `onCustomer` hears the number of customers written so far (for a progress bar). */
export async function generateEcosystem(
  options: GenerateOptions,
  onCustomer: (written: number) => void = () => {},
): Promise<Manifest> {
  const asOf = check(options);
  const catalog = createRegionCatalog(defaultRegionTable(), REGION_SHAPES);
  const dataFolder = path.join(options.out, DATA_FOLDER);
  await mkdir(dataFolder, { recursive: true });
  const files = new EcosystemFiles(dataFolder);
  const build = new EcosystemBuilder(
    files,
    createIdentifiers(options.seed),
    createRandom(options.seed),
    asOf,
    onCustomer,
  );
  const truth = new GroundTruth(loadCatalog().map((rule) => rule.id));
  const plants: Record<string, number> = {};
  try {
    const providers = createProviders(build, catalog, options.customers);
    const multinationals: Multinational[] = planMultinationals(build, catalog, options.customers);
    const context = new PlantContext(
      build,
      catalog,
      truth,
      new Map(
        providers.map(({ region, providers: all, providerOnly }) => [
          region.name,
          { providerOnly, dualRole: all.filter((provider) => !providerOnly.includes(provider)) },
        ]),
      ),
    );
    for (const { plant, count } of planPlants(options.customers, options.violationRate)) {
      for (let instance = 0; instance < count; instance++) {
        plant.plant(context, instance % plant.variants);
        await build.settle();
      }
      plants[plant.id] = count;
    }
    if (build.customers > options.customers) {
      throw new GenerateError(
        `The planted patterns alone need ${build.customers} customers, more than the ${options.customers} asked ` +
          'for: ask for more customers or a lower violation rate',
      );
    }
    await generateBaseline(build, catalog, providers, multinationals, options.customers - build.customers);
  } finally {
    await files.close();
  }

  await truth.write(path.join(options.out, GROUND_TRUTH_FILE));
  const manifest: Manifest = {
    format: 'csp-graph-synthetic',
    version: 1,
    arguments: {
      customers: options.customers,
      seed: options.seed,
      violationRate: options.violationRate,
      asOf: formatDay(asOf),
    },
    asOf: formatDay(asOf),
    data: DATA_FOLDER,
    groundTruth: GROUND_TRUTH_FILE,
    counts: files.counts(),
    findings: truth.counts(),
    plants,
  };
  await writeFile(path.join(options.out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return manifest;
}
