// What a scan reports: one breach of one rule, with the clause it cites, its evidence and the ways to fix it.
import type { EvidenceEdge, EvidenceNode } from '../rules/run-rule';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lower is more severe; used for sorting and for --fail-on thresholds. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export interface Finding {
  /** Stable across runs: the rule id and the subjects, so a finding can be followed from scan to scan. */
  key: string;
  ruleId: string;
  title: string;
  severity: Severity;
  clause: string;
  message: string;
  subjects: string[];
  evidence: { nodes: EvidenceNode[]; edges: EvidenceEdge[] };
  remediation: string[];
  region: string | null;
  partnerId: string | null;
  asOf: string;
}

export function findingKey(ruleId: string, subjects: readonly string[]): string {
  return [ruleId, ...subjects].join('|');
}

/** Most severe first, then by rule and subjects, so every report lists findings in the same order. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || a.key.localeCompare(b.key);
}
