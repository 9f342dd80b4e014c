// The findings a generated ecosystem must yield: one row per distinct (rule, subjects), subjects in docs/rules.md order.
import { writeFile } from 'node:fs/promises';
import { csvRows } from './csv-file';

export const GROUND_TRUTH_HEADER = 'rule,subjects';
export const SUBJECT_SEPARATOR = '|';

export class GroundTruth {
  private readonly rows = new Set<string>();

  /** `ruleIds`: the catalog's rules, which every planted finding must name. */
  constructor(private readonly ruleIds: readonly string[]) {}

  /** Records a finding; the same finding caused twice (say by a reseller relationship and a subscription) is one. */
  add(rule: string, ...subjects: string[]): void {
    if (!this.ruleIds.includes(rule)) throw new Error(`The ground truth names rule '${rule}', which the catalog lacks`);
    this.rows.add(`${rule},${subjects.join(SUBJECT_SEPARATOR)}`);
  }

  /** Rows sorted by rule, then subjects, in code-unit order (the same on every machine and locale). */
  sorted(): string[] {
    return [...this.rows].sort((a, b) => {
      const [ruleA = '', subjectsA = ''] = a.split(',');
      const [ruleB = '', subjectsB = ''] = b.split(',');
      if (ruleA !== ruleB) return ruleA < ruleB ? -1 : 1;
      return subjectsA < subjectsB ? -1 : subjectsA > subjectsB ? 1 : 0;
    });
  }

  /** Findings per rule, every rule of the catalog included. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = Object.fromEntries(this.ruleIds.map((rule) => [rule, 0]));
    for (const row of this.rows) {
      const rule = row.slice(0, row.indexOf(','));
      counts[rule] = (counts[rule] ?? 0) + 1;
    }
    return counts;
  }

  /** The file `ground-truth.csv`, written as the generator writes every CSV file. */
  async write(file: string): Promise<void> {
    const rows = this.sorted().map((row) => [row.slice(0, row.indexOf(',')), row.slice(row.indexOf(',') + 1)]);
    await writeFile(file, csvRows([GROUND_TRUTH_HEADER.split(','), ...rows]), 'utf8');
  }
}
