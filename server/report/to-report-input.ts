// Builds a report's input from a scan result and the catalog it ran.
import type { RuleDefinition } from '../rules/catalog';
import type { ScanResult } from '../scan/run-scan';
import type { ReportInput } from './report-input';

export function toReportInput(result: ScanResult, catalog: readonly RuleDefinition[]): ReportInput {
  const ran = new Set(result.ruleIds);
  return {
    asOf: result.asOf,
    generatedAt: result.finishedAt,
    catalogVersion: result.catalogVersion,
    rules: catalog
      .filter((rule) => ran.has(rule.id))
      .map(({ id, title, severity, clause, description, remediation }) => ({
        id,
        title,
        severity,
        clause,
        description,
        remediation,
      })),
    findings: result.findings,
  };
}
