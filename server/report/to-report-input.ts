// Builds a report's input from a scan result and the catalog it ran.
import type { RuleDefinition } from '../rules/catalog';
import type { ScanResult } from '../scan/run-scan';
import type { ReportInput, ReportRule } from './report-input';

/** What a report says of a rule. */
export function reportRule({ id, title, severity, clause, description, remediation }: RuleDefinition): ReportRule {
  return { id, title, severity, clause, description, remediation };
}

export function toReportInput(result: ScanResult, catalog: readonly RuleDefinition[]): ReportInput {
  const ran = new Set(result.ruleIds);
  return {
    asOf: result.asOf,
    generatedAt: result.finishedAt,
    catalogVersion: result.catalogVersion,
    rules: catalog.filter((rule) => ran.has(rule.id)).map(reportRule),
    findings: result.findings,
  };
}
