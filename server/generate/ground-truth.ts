// The findings a generated ecosystem must yield: one row per distinct (rule, subjects), subjects in docs/rules.md order.
import { writeFile } from 'node:fs/promises';

/** Every rule of the catalog (docs/rules.md), in alphabetical order. */
export const RULE_IDS = [
  'affiliate-sale',
  'cross-cloud-link',
  'cross-region-partnership',
  'cross-region-sale',
  'csp-tenant-as-customer',
  'mpa-not-signed',
  'partner-to-partner-resale',
  'provider-direct-sale',
  'reseller-billed-directly',
  'reseller-customer-of-own-provider',
  'reseller-not-enrolled',
  'reseller-of-record-not-supplied',
  'self-sale',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const GROUND_TRUTH_HEADER = 'rule,subjects';
export const SUBJECT_SEPARATOR = '|';

export class GroundTruth {
  private readonly rows = new Set<string>();

  /** Records a finding; the same finding caused twice (say by a reseller relationship and a subscription) is one. */
  add(rule: RuleId, ...subjects: string[]): void {
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

  counts(): Record<RuleId, number> {
    const counts = Object.fromEntries(RULE_IDS.map((rule) => [rule, 0])) as Record<RuleId, number>;
    for (const row of this.rows) counts[row.slice(0, row.indexOf(',')) as RuleId] += 1;
    return counts;
  }

  async write(file: string): Promise<void> {
    await writeFile(file, [GROUND_TRUTH_HEADER, ...this.sorted()].map((line) => `${line}\n`).join(''), 'utf8');
  }
}
