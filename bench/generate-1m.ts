// Times the generation of 1,000,000 customers and records the peak resident memory (docs/benchmarks.md, "Generation").
// Usage: npx tsx bench/generate-1m.ts [CUSTOMERS]   (writes to bench/out/generate-<CUSTOMERS>, kept for import benches)
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/config';
import { generateEcosystem } from '../server/generate/generate-ecosystem';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../server/generate/shape';
import { createProgress } from '../server/shared/progress';

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const customers = Number(process.argv[2] ?? 1_000_000);
const out = path.join(PROJECT_ROOT, 'bench', 'out', `generate-${customers}`);
await rm(out, { recursive: true, force: true });

const progress = createProgress('Generating customers', customers);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const manifest = await generateEcosystem(
  { customers, seed: 'bench', out, violationRate: DEFAULT_VIOLATION_RATE, asOf: DEFAULT_AS_OF },
  (written) => progress.update(written),
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
progress.done();

const peakMiB = process.resourceUsage().maxRSS / 1024;
const bytes = await folderBytes(out);
const records = Object.values(manifest.counts).reduce((sum, count) => sum + count, 0);
const findings = Object.values(manifest.findings).reduce((sum, count) => sum + count, 0);
const rows: [string, string][] = [
  ['customers', customers.toLocaleString('en-US')],
  ['records written (all collections)', records.toLocaleString('en-US')],
  ['partner accounts', manifest.counts.partners.toLocaleString('en-US')],
  ['subscriptions', manifest.counts.subscriptions.toLocaleString('en-US')],
  ['planted findings (ground truth rows)', findings.toLocaleString('en-US')],
  ['output on disk', `${(bytes / 2 ** 20).toFixed(0)} MiB`],
  ['wall time', `${seconds.toFixed(1)} s`],
  ['CPU time (user + system)', `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`],
  ['customers per second (wall)', Math.round(customers / seconds).toLocaleString('en-US')],
  ['peak resident memory (maxRSS)', `${peakMiB.toFixed(0)} MiB`],
];
process.stdout.write(
  `| measure | value |\n|---|---|\n${rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n')}\n`,
);
