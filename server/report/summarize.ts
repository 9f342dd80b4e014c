// Counts of findings by rule, severity, region and partner: the summary every report format opens with.
import { type Finding, SEVERITIES, type Severity } from '../scan/finding';

export interface Count {
  key: string;
  label: string;
  count: number;
}

export interface ReportSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byRule: Count[];
  byRegion: Count[];
  byPartner: Count[];
}

function countBy(
  findings: readonly Finding[],
  keyOf: (f: Finding) => string,
  labelOf: (f: Finding) => string,
): Count[] {
  const counts = new Map<string, Count>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const entry = counts.get(key) ?? { key, label: labelOf(finding), count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function partnerName(finding: Finding): string {
  const node = finding.evidence.nodes.find((n) => n.id === finding.partnerId);
  return node?.name ? `${node.name} (${finding.partnerId})` : (finding.partnerId ?? 'none');
}

export function summarize(findings: readonly Finding[]): ReportSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) bySeverity[finding.severity] += 1;
  return {
    total: findings.length,
    bySeverity,
    byRule: countBy(
      findings,
      (f) => f.ruleId,
      (f) => f.title,
    ),
    byRegion: countBy(
      findings,
      (f) => f.region ?? 'unknown',
      (f) => f.region ?? 'unknown',
    ),
    byPartner: countBy(findings, (f) => f.partnerId ?? 'none', partnerName),
  };
}
