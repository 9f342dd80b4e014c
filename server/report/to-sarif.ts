// Findings as SARIF 2.1.0, for pipelines and code-scanning dashboards: one result per finding, the entities as logical locations.
import type { Severity } from '../scan/finding';
import type { ReportInput } from './report-input';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** The security-severity scale (0-10) that code-scanning tools sort by. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '7.5', medium: '5.0', low: '2.0' };

export function toSarif(input: ReportInput): string {
  const ruleIndex = new Map(input.rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'csp-graph',
            semanticVersion: input.catalogVersion,
            rules: input.rules.map((rule) => ({
              id: rule.id,
              name: rule.title,
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.description },
              help: { text: `${rule.clause}\n${rule.remediation.map((r) => `- ${r}`).join('\n')}` },
              defaultConfiguration: { level: LEVEL[rule.severity as Severity] ?? 'warning' },
              properties: {
                'security-severity': SECURITY_SEVERITY[rule.severity as Severity] ?? '5.0',
                clause: rule.clause,
              },
            })),
          },
        },
        invocations: [{ executionSuccessful: true, properties: { asOf: input.asOf, generatedAt: input.generatedAt } }],
        results: input.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              logicalLocations: f.evidence.nodes
                .filter((n) => f.subjects.includes(n.id))
                .map((n) => ({ name: n.name ?? n.id, fullyQualifiedName: `${n.label}/${n.id}`, kind: n.label })),
            },
          ],
          partialFingerprints: { findingKey: f.key },
          properties: { severity: f.severity, subjects: f.subjects, region: f.region, remediation: f.remediation },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
