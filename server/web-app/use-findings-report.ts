// A graphql-yoga plugin for GET /reports/findings.csv and /reports/findings.html: the findings report, read through
// the server's own GraphQL endpoint with the caller's credentials, so the API's authentication and limits apply.
import type { Plugin } from 'graphql-yoga';
import {
  type GraphqlCall,
  REPORT_PATHS,
  ReportError,
  type ReportPath,
  loadReportInput,
  parseReportFilter,
  renderReport,
} from './findings-report';

/** The report is a finished document: no scripts, its own inline styles, nothing fetched. */
const REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

/** What the request may pass on to the GraphQL call: who it is, and which request it belongs to. */
const FORWARDED_HEADERS = ['authorization', 'x-api-key', 'x-request-id'];

const STATUS_OF_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

function problem(message: string, status: number): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

export function useFindingsReport(): Plugin {
  let graphqlEndpoint = '/graphql';
  return {
    onYogaInit({ yoga }) {
      graphqlEndpoint = yoga.graphqlEndpoint;
    },
    async onRequest({ request, url, endResponse, requestHandler, serverContext }) {
      if (!url.pathname.startsWith('/reports/')) return;
      if (!Object.hasOwn(REPORT_PATHS, url.pathname)) {
        endResponse(problem('Reports: /reports/findings.csv or /reports/findings.html.', 404));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(problem('Reports are read with GET.', 405));
        return;
      }
      const filter = parseReportFilter(url.searchParams);
      if ('problem' in filter) {
        endResponse(problem(filter.problem, 400));
        return;
      }
      const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json', 'x-graphql-yoga-csrf': '1' });
      for (const name of FORWARDED_HEADERS) {
        const value = request.headers.get(name);
        if (value) headers.set(name, value);
      }
      const call: GraphqlCall = async <T>(query: string, variables: Record<string, unknown>) => {
        // The server's own GraphQL handler: authentication, depth and cost limits and error masking all apply.
        const graphqlRequest = new Request(new URL(graphqlEndpoint, url.origin), {
          method: "POST",
          headers,
          body: JSON.stringify({ query, variables }),
        });
        const answer = await requestHandler(graphqlRequest, serverContext);
        const body = (await answer.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
        const [first] = body.errors ?? [];
        if (first) throw new ReportError(first.message, STATUS_OF_CODE[first.extensions?.code ?? ''] ?? 500);
        if (!body.data) throw new ReportError('The API answered without data.', 500);
        return body.data;
      };
      try {
        const report = renderReport(url.pathname as ReportPath, await loadReportInput(call, filter));
        const isHtml = report.mediaType.startsWith('text/html');
        const responseHeaders = new Headers({
          'content-type': report.mediaType,
          'content-disposition': `${isHtml ? 'inline' : 'attachment'}; filename="${report.fileName}"`,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        if (isHtml) responseHeaders.set('content-security-policy', REPORT_POLICY);
        endResponse(new Response(request.method === 'HEAD' ? null : report.body, { status: 200, headers: responseHeaders }));
      } catch (error) {
        // Anything unexpected stays masked, as the API masks its own faults.
        endResponse(error instanceof ReportError ? problem(error.message, error.status) : problem('Unexpected error.', 500));
      }
    },
  };
}
