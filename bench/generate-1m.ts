// Times the generation of 1,000,000 customers and records its peak resident memory, against 100,000 customers as the
// baseline of the same run: equal time per customer and equal memory mean linear time and bounded memory.
// Usage: npx tsx bench/generate-1m.ts   (docs/benchmarks.md, "Generation"; output in bench/out/generate-<N>, kept)
import { spawnSync } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/config';
import { generateEcosystem } from '../server/generate/generate-ecosystem';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../server/generate/shape';
import { createProgress } from '../server/shared/progress';

const SIZES = [100_000, 1_000_000];

interface Measurement {
  customers: number;
  records: number;
  partners: number;
  subscriptions: number;
  findings: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** One size, in this process: its peak memory is then the generator's alone. */
async function measure(customers: number): Promise<Measurement> {
  const out = path.join(PROJECT_ROOT, 'bench', 'out', `generate-${customers}`);
  await rm(out, { recursive: true, force: true });
  const progress = createProgress(`Generating ${customers.toLocaleString('en-US')}`, customers);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const manifest = await generateEcosystem(
    { customers, seed: 'bench', out, violationRate: DEFAULT_VIOLATION_RATE, asOf: DEFAULT_AS_OF },
    (written) => progress.update(written),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  progress.done();
  const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
  return {
    customers,
    records: sum(manifest.counts),
    partners: manifest.counts.partners,
    subscriptions: manifest.counts.subscriptions,
    findings: sum(manifest.findings),
    bytes: await folderBytes(out),
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  };
}

function runChild(customers: number): Measurement {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, String(customers)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`Generating ${customers} customers failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as Measurement;
}

const only = process.argv[2];
if (only !== undefined) {
  process.stdout.write(JSON.stringify(await measure(Number(only))));
} else {
  const load = loadavg()[0]?.toFixed(1);
  const [base, big] = SIZES.map(runChild) as [Measurement, Measurement];
  const count = (value: number) => value.toLocaleString('en-US');
  const perCustomerUs = (m: Measurement, seconds: number) => (seconds / m.customers) * 1e6;
  const rows: [string, string, string, string][] = [
    ['records written (all collections)', count(base.records), count(big.records), ''],
    ['partner accounts', count(base.partners), count(big.partners), ''],
    ['subscriptions', count(base.subscriptions), count(big.subscriptions), ''],
    ['planted findings (ground truth rows)', count(base.findings), count(big.findings), ''],
    ['output on disk (MiB)', (base.bytes / 2 ** 20).toFixed(0), (big.bytes / 2 ** 20).toFixed(0), ''],
    ['wall time (s)', base.seconds.toFixed(1), big.seconds.toFixed(1), ''],
    ['CPU time, user + system (s)', base.cpuSeconds.toFixed(1), big.cpuSeconds.toFixed(1), ''],
    [
      'CPU time per customer (µs)',
      perCustomerUs(base, base.cpuSeconds).toFixed(1),
      perCustomerUs(big, big.cpuSeconds).toFixed(1),
      (perCustomerUs(big, big.cpuSeconds) / perCustomerUs(base, base.cpuSeconds)).toFixed(2),
    ],
    [
      'peak resident memory (MiB)',
      base.peakMiB.toFixed(0),
      big.peakMiB.toFixed(0),
      (big.peakMiB / base.peakMiB).toFixed(2),
    ],
  ];
  process.stdout.write(
    `Load average when started: ${load}\n\n| measure | ${count(base.customers)} customers | ${count(big.customers)} customers | ratio |\n|---|---|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`,
  );
}
