// GET /reports/findings.csv and /reports/findings.html: the findings report, read through the server's own GraphQL
// endpoint with the caller's credentials, so the API's authentication, limits and error masking all apply.
import type { Plugin } from 'graphql-yoga';
import {
  type GraphqlCall,
  loadReportInput,
  parseReportFilter,
  REPORT_PATHS,
  ReportError,
  type ReportPath,
  renderReport,
} from './findings-report';

export const REPORTS_PREFIX = '/reports/';

/** The report is a finished document: no scripts, its own inline styles, nothing fetched. */
const REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

/** What the report request passes on to its GraphQL calls: who asks, and which request it belongs to. */
const FORWARDED_HEADERS = ['authorization', 'x-api-key', 'x-request-id'];

const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
};

function problem(message: string, status: number): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

/** GraphQL calls made as the caller of `request`, each sent to `send` (the server's own handler). */
export function callerOf(request: Request, endpoint: URL, send: (request: Request) => Promise<Response>): GraphqlCall {
  const headers = new Headers({
    'content-type': 'application/json',
    accept: 'application/json',
    'x-graphql-yoga-csrf': '1',
  });
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  return async <T>(query: string, variables: Record<string, unknown>) => {
    const answer = await send(
      new Request(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
    );
    const body = (await answer.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    const [first] = body.errors ?? [];
    if (first) throw new ReportError(first.message, STATUS_OF_CODE[first.extensions?.code ?? ''] ?? 500);
    if (!body.data) throw new ReportError('The API answered without data.', 500);
    return body.data;
  };
}

/** The response to a report request, or undefined for any other path. */
export async function findingsReportResponse(request: Request, call: GraphqlCall): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (!url.pathname.startsWith(REPORTS_PREFIX)) return undefined;
  if (!Object.hasOwn(REPORT_PATHS, url.pathname)) {
    return problem('Reports: /reports/findings.csv or /reports/findings.html.', 404);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return problem('Reports are read with GET.', 405);
  const filter = parseReportFilter(url.searchParams);
  if ('problem' in filter) return problem(filter.problem, 400);
  try {
    const report = renderReport(url.pathname as ReportPath, await loadReportInput(call, filter));
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
    // Anything unexpected stays masked, as the API masks its own faults.
    return error instanceof ReportError ? problem(error.message, error.status) : problem('Unexpected error.', 500);
  }
}

/** The report routes as a yoga plugin; add it before useWebApp. */
export function useFindingsReport(): Plugin {
  let graphqlEndpoint = '/graphql';
  return {
    onYogaInit({ yoga }) {
      graphqlEndpoint = yoga.graphqlEndpoint;
    },
    async onRequest({ request, url, endResponse, requestHandler, serverContext }) {
      if (!url.pathname.startsWith(REPORTS_PREFIX)) return;
      const call = callerOf(request, new URL(graphqlEndpoint, url.origin), async (inner) =>
        requestHandler(inner, serverContext),
      );
      const response = await findingsReportResponse(request, call);
      if (response) endResponse(response);
    },
  };
}
