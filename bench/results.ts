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

/** Where the section that starts at `start` with a heading of `level` #'s ends: at the next heading of that level or
 * a higher one down to ## (a line starting with one # is a comment in a shell example, the page's title is above
 * every section), or at the end of the page. */
function sectionEnd(page: string, start: number, level: number): number {
  const pattern = new RegExp(`\\n#{2,${Math.max(2, level)}} `, 'g');
  pattern.lastIndex = page.indexOf('\n', start + 1);
  const next = pattern.exec(page);
  return next ? next.index : -1;
}

function headingLevel(heading: string): number {
  return /^#+/.exec(heading)?.[0].length ?? 2;
}

/** The page (docs/benchmarks.md) with the section under `heading` replaced by `section` (up to the next heading of
 * its level or a higher one), or `section` added at the end when the page has none: a benchmark's recorded run
 * replaces its own section. */
export function withSection(page: string, heading: string, section: string): string {
  const start = page.indexOf(`\n${heading}\n`);
  if (start < 0) return `${page.trimEnd()}\n\n${section}`;
  const next = sectionEnd(page, start, headingLevel(heading));
  return `${page.slice(0, start + 1)}${section}${next < 0 ? '' : `\n${page.slice(next + 1)}`}`;
}

/** The page with the subsection under `heading` replaced by `section`, or, when the page has none, `section` added
 * at the end of the section under `parent` (then at the end of the page): a run's own figures go beside the
 * section's written account, which stays as it is. */
export function withSubsection(page: string, parent: string, heading: string, section: string): string {
  if (page.includes(`\n${heading}\n`)) return withSection(page, heading, section);
  const start = page.indexOf(`\n${parent}\n`);
  if (start < 0) return withSection(page, heading, section);
  const next = sectionEnd(page, start, headingLevel(parent));
  if (next < 0) return `${page.trimEnd()}\n\n${section}`;
  return `${page.slice(0, next).trimEnd()}\n\n${section}\n${page.slice(next + 1)}`;
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
