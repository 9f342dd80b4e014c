// Compares a scan's findings with a generated ecosystem's ground truth (ground-truth.csv: rule,subjects).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { GROUND_TRUTH_HEADER, SUBJECT_SEPARATOR } from '../generate/ground-truth';
import { findingKey } from './finding';

export interface GroundTruthComparison {
  /** Findings the ground truth lists that the scan did not report. */
  missing: string[];
  /** Findings the scan reported that the ground truth does not list. */
  unexpected: string[];
  expected: number;
}

/** The finding keys (rule|subject|...) a ground-truth file lists. */
export function readGroundTruth(file: string): Set<string> {
  const [header, ...rows] = parse(readFileSync(file, 'utf8'), { skip_empty_lines: true }) as string[][];
  if (header?.join(',') !== GROUND_TRUTH_HEADER) {
    throw new Error(`${file} does not start with the header '${GROUND_TRUTH_HEADER}'`);
  }
  return new Set(rows.map(([rule = '', subjects = '']) => findingKey(rule, subjects.split(SUBJECT_SEPARATOR))));
}

export function compareWithGroundTruth(foundKeys: Iterable<string>, truth: ReadonlySet<string>): GroundTruthComparison {
  const found = new Set(foundKeys);
  return {
    missing: [...truth].filter((key) => !found.has(key)).sort(),
    unexpected: [...found].filter((key) => !truth.has(key)).sort(),
    expected: truth.size,
  };
}
