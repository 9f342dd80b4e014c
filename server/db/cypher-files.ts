// Reads Cypher from the cypher/ folder, so queries live in .cypher files that also run in cypher-shell.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/** The text of cypher/<relativePath>, read once. */
export function cypher(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, relativePath), 'utf8');
    cache.set(relativePath, text);
  }
  return text;
}

/**
 * `statement` with its plan kept once made. Neo4j plans a cached statement again when the graph's statistics have
 * moved far enough since, which an import of a day's changes does now and then: what changed since a scan took
 * 0.43 s to plan at 1,000,000 customers and 0.03 s to run (docs/benchmarks.md, Full and incremental scans). Only for
 * statements whose plan cannot depend on the statistics: each of their matches is a seek on a unique key or an
 * index named by a hint. A plan kept from a small graph would otherwise outlive the graph's growth.
 */
export function keepingPlan(statement: string): string {
  return `CYPHER replan=skip\n${statement}`;
}

/**
 * The lists a statement unwinds, as one map parameter, `$batch`: the statement reads `$batch.keys` where it would read
 * `$keys`. Neo4j's plan cache keys a statement on the size of each top-level list parameter, by powers of ten, but not
 * on the size of a list inside a map: given top-level lists, a statement is planned again for each new order of
 * magnitude of their sizes (35-60 ms a time for a statement that records findings at 1,000,000 customers,
 * docs/benchmarks.md, Full and incremental scans), this way once. Only for statements whose plan cannot depend on the
 * lists' sizes, such as one seek by key per element.
 */
export function inBatch<T extends Record<string, readonly unknown[]>>(lists: T): { batch: T } {
  return { batch: lists };
}

/** Splits a script into statements at semicolons that end a line, dropping `//` comment lines. */
export function splitStatements(script: string): string[] {
  const body = script
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return body
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function cypherFilesIn(relativeDir: string): string[] {
  return readdirSync(path.join(CYPHER_DIR, relativeDir))
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => `${relativeDir}/${name}`);
}
