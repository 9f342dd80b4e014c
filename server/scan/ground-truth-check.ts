// Compares a scan's findings with a generated ecosystem's ground truth (ground-truth.csv: rule,subjects).
import { readFileSync } from 'node:fs';
import { SUBJECT_SEPARATOR } from '../generate/ground-truth';
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
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  if (header !== 'rule,subjects') throw new Error(`${file} does not start with the header 'rule,subjects'`);
  return new Set(
    lines.map((line) => {
      const comma = line.indexOf(',');
      return findingKey(line.slice(0, comma), line.slice(comma + 1).split(SUBJECT_SEPARATOR));
    }),
  );
}

export function compareWithGroundTruth(foundKeys: Iterable<string>, truth: ReadonlySet<string>): GroundTruthComparison {
  const found = new Set(foundKeys);
  return {
    missing: [...truth].filter((key) => !found.has(key)).sort(),
    unexpected: [...found].filter((key) => !truth.has(key)).sort(),
    expected: truth.size,
  };
}
