// Writes a benchmark's figures to bench/results/<name>.json in the one format every benchmark uses; figures already
// there are kept unless given again, and the command names every script that gave figures to the file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/config';
import { todayIso } from '../server/shared/dates';

export interface BenchResults {
  command: string;
  date: string;
  machine: string;
  figures: Record<string, number>;
}

export function machine(): string {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** The page (docs/benchmarks.md) with the section under `heading` replaced by `section`, or `section` added at the end
 * when the page has none: a benchmark's recorded run replaces its own section. */
export function withSection(page: string, heading: string, section: string): string {
  const start = page.indexOf(`\n${heading}\n`);
  if (start < 0) return `${page.trimEnd()}\n\n${section}`;
  const next = page.indexOf('\n## ', start + heading.length + 2);
  return `${page.slice(0, start + 1)}${section}${next < 0 ? '' : `\n${page.slice(next + 1)}`}`;
}

export function recordResults(name: string, command: string, figures: Record<string, number>): string {
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults) : undefined;
  const script = (text: string) => /bench\/[\w-]+\.ts/.exec(text)?.[0];
  const others = (before?.command ?? '').split(' && ').filter((part) => part && script(part) !== script(command));
  const results: BenchResults = {
    command: [...others, command].join(' && '),
    date: todayIso(),
    machine: machine(),
    figures: { ...before?.figures, ...figures },
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
