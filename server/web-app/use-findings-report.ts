// GET /reports/findings.csv and /reports/findings.html: the report of recorded findings (server/report/recorded-
// report.ts) for the caller the API admitted, read with the caller's context so its scope applies; faults masked.
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../api/context';
import { loadRecordedReport, ReportError, type ReportFilter } from '../report/recorded-report';
import type { ReportInput } from '../report/report-input';
import { parseReportFilter, REPORT_PATHS, type ReportPath, renderReport } from './findings-report';

export const REPORTS_PREFIX = '/reports/';

/** The report is a finished document: no scripts, its own inline styles, nothing fetched. */
const REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

function problem(message: string, status: number): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

/** The response to a report request, or undefined for any other path. `load` reads the report's findings;
 * `onFault` hears of anything unexpected, which the caller sees only as "Unexpected error.". */
export async function findingsReportResponse(
  request: Request,
  load: (filter: ReportFilter) => Promise<ReportInput>,
  onFault: (error: unknown) => void = () => {},
): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (!url.pathname.startsWith(REPORTS_PREFIX)) return undefined;
  if (!Object.hasOwn(REPORT_PATHS, url.pathname)) {
    return problem('Reports: /reports/findings.csv or /reports/findings.html.', 404);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return problem('Reports are read with GET.', 405);
  const filter = parseReportFilter(url.searchParams);
  if ('problem' in filter) return problem(filter.problem, 400);
  try {
    const report = renderReport(url.pathname as ReportPath, await load(filter));
    const isHtml = report.mediaType.startsWith('text/html');
    const headers = new Headers({
      'content-type': report.mediaType,
      'content-disposition': `${isHtml ? 'inline' : 'attachment'}; filename="${report.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (isHtml) headers.set('content-security-policy', REPORT_POLICY);
    return new Response(request.method === 'HEAD' ? null : report.body, { status: 200, headers });
  } catch (error) {
    if (error instanceof ReportError) return problem(error.message, error.status);
    onFault(error);
    return problem('Unexpected error.', 500);
  }
}

export interface FindingsReportOptions {
  /** The API's context for a request it admitted: its caller, scope and request id. */
  contextOf(request: Request): Promise<ApiContext>;
  onFault(request: Request, error: unknown): void;
}

/** The report routes as a yoga plugin: add it after the plugin that admits requests to REPORTS_PREFIX. */
export function useFindingsReport(options: FindingsReportOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(REPORTS_PREFIX)) return;
      const response = await findingsReportResponse(
        request,
        async (filter) => loadRecordedReport(await options.contextOf(request), filter),
        (error) => options.onFault(request, error),
      );
      if (response) endResponse(response);
    },
  };
}
