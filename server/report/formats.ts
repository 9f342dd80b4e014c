// Every report format by the name the CLI and the API accept, with its file extension and media type.
import type { ReportInput } from './report-input';
import { toCsv } from './to-csv';
import { toHtml } from './to-html';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';
import { toSarif } from './to-sarif';

export interface ReportFormat {
  render(input: ReportInput): string;
  extension: string;
  mediaType: string;
}

export const REPORT_FORMATS = {
  json: { render: toJson, extension: 'json', mediaType: 'application/json' },
  csv: { render: toCsv, extension: 'csv', mediaType: 'text/csv; charset=utf-8' },
  md: { render: toMarkdown, extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  html: { render: toHtml, extension: 'html', mediaType: 'text/html; charset=utf-8' },
  sarif: { render: toSarif, extension: 'sarif', mediaType: 'application/sarif+json' },
} as const satisfies Record<string, ReportFormat>;

export type ReportFormatName = keyof typeof REPORT_FORMATS;

export function isReportFormat(name: string): name is ReportFormatName {
  return Object.hasOwn(REPORT_FORMATS, name);
}
