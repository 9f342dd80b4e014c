// Findings as CSV, one row per finding, safe to open in a spreadsheet (no cell can start a formula).
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

/** Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula; a leading quote stops it. */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(input: ReportInput): string {
  const rows = input.findings.map((f) =>
    [
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
    ].map(csvCell),
  );
  return `${[COLUMNS, ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}
