// Findings as CSV, one row per finding, safe to open in a spreadsheet (no cell can start a formula).
import { stringify } from 'csv-stringify/sync';
import type { ReportInput } from './report-input';

const COLUMNS = [
  'severity',
  'rule',
  'title',
  'message',
  'clause',
  'subjects',
  'region',
  'partner',
  'remediation',
  'asOf',
  'key',
];

/** Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula: csv-stringify puts a
 * quote before it. A lone carriage return or line feed inside a cell is quoted too, so no reader splits the row. */
const OPTIONS = { escape_formulas: true, quoted_match: /[\r\n]/, record_delimiter: 'windows' } as const;

export function toCsv(input: ReportInput): string {
  const rows = input.findings.map((f) => [
    f.severity,
    f.ruleId,
    f.title,
    f.message,
    f.clause,
    f.subjects.join(' '),
    f.region ?? '',
    f.partnerId ?? '',
    f.remediation.join(' | '),
    f.asOf,
    f.key,
  ]);
  return stringify([COLUMNS, ...rows], OPTIONS);
}
