// The findings report the explorer downloads (CSV) or opens (printable HTML): its URLs, the filter they carry, and
// the document each gives, rendered by the report formats of `./csp scan --format` and `./csp report`.

import { REPORT_FORMATS } from '../report/formats';
import type { ReportFilter } from '../report/recorded-report';
import type { ReportInput } from '../report/report-input';
import { isSeverity } from '../scan/finding';

export const REPORT_PATHS = { '/reports/findings.csv': 'csv', '/reports/findings.html': 'html' } as const;
export type ReportPath = keyof typeof REPORT_PATHS;

/** More than this many filter values is not a report anybody reads; the API refuses long lists too. */
const MAX_VALUES = 100;

/** The filter of a report URL (?rule=&severity=&region=&runId=), or a reason it is refused. */
export function parseReportFilter(params: URLSearchParams): ReportFilter | { problem: string } {
  const list = (name: string) =>
    params
      .getAll(name)
      .map((value) => value.trim())
      .filter((value) => value !== '');
  const ruleIds = list('rule');
  const severities = list('severity').map((value) => value.toLowerCase());
  const regions = list('region');
  for (const [name, values] of Object.entries({ rule: ruleIds, severity: severities, region: regions })) {
    if (values.length > MAX_VALUES) return { problem: `At most ${MAX_VALUES} values of '${name}' are accepted.` };
  }
  const unknown = severities.find((value) => !isSeverity(value));
  if (unknown) return { problem: `'${unknown.toUpperCase()}' is not a severity (critical, high, medium or low).` };
  return { ruleIds, severities: severities.filter(isSeverity), regions, runId: params.get('runId')?.trim() || null };
}

export function renderReport(
  path: ReportPath,
  input: ReportInput,
): { body: string; mediaType: string; fileName: string } {
  const format = REPORT_FORMATS[REPORT_PATHS[path]];
  return {
    body: format.render(input),
    mediaType: format.mediaType,
    fileName: `csp-findings-${input.asOf}.${format.extension}`,
  };
}
