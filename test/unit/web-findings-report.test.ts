// The report routes: findings read page by page through GraphQL as the caller, rendered by the report formats,
// refused with a clear status when the request or the caller is wrong.
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import {
  type GraphqlCall,
  loadReportInput,
  parseReportFilter,
  ReportError,
} from '../../server/web-app/findings-report';
import { findingsReportResponse, useFindingsReport } from '../../server/web-app/use-findings-report';

const RULE = {
  id: 'cross-region-sale',
  title: "Sale to a customer outside the partner's region",
  severity: 'CRITICAL',
  clause: 'csp-partner-relationships, scenario 7',
  description: 'd',
  remediation: ['Serve the customer from an account in its region.'],
};

function findingRow(index: number) {
  return {
    key: `cross-region-sale|p|c${index}`,
    ruleId: 'cross-region-sale',
    title: RULE.title,
    severity: 'CRITICAL',
    message: `Partner 'Fabrikam' sells to customer 'C${index}'.`,
    subjects: ['p', `c${index}`],
    region: 'Europe',
    partner: { id: 'p' },
    evidence: {
      nodes: [
        { id: 'p', label: 'Partner', name: 'Fabrikam' },
        { id: `c${index}`, label: 'Customer', name: `C${index}` },
      ],
      edges: [{ type: 'SELLS_TO', from: 'p', to: `c${index}` }],
    },
  };
}

/** A stand-in for the API: three pages of findings, one rule, one scan run; records the variables it was sent. */
function fakeApi(pages = 3) {
  const sent: Record<string, unknown>[] = [];
  const call: GraphqlCall = async <T>(query: string, variables: Record<string, unknown>) => {
    sent.push({ query: query.slice(0, 30), ...variables });
    if (query.includes('ReportRules')) return { rules: { edges: [{ node: RULE }] } } as T;
    if (query.includes('ReportLatestRun'))
      return { scanRuns: { edges: [{ node: { asOf: '2026-06-30', catalogVersion: 'abc123' } }] } } as T;
    if (query.includes('ReportRun'))
      return { scanRun: variables.id === 'known' ? { asOf: '2025-12-31', catalogVersion: 'old' } : null } as T;
    const page = variables.after ? Number(variables.after) : 0;
    return {
      findings: {
        pageInfo: { hasNextPage: page + 1 < pages, endCursor: String(page + 1) },
        edges: [0, 1].map((i) => ({ node: findingRow(page * 2 + i) })),
      },
    } as T;
  };
  return { call, sent };
}

describe('report filter', () => {
  it('reads repeated values and refuses an unknown severity', () => {
    expect(parseReportFilter(new URLSearchParams('rule=a&rule=b&severity=high&region=Europe&runId=r1'))).toEqual({
      ruleIds: ['a', 'b'],
      severities: ['HIGH'],
      regions: ['Europe'],
      runId: 'r1',
    });
    expect(parseReportFilter(new URLSearchParams('severity=severe'))).toEqual({
      problem: "'SEVERE' is not a severity (critical, high, medium or low).",
    });
  });
});

describe('loadReportInput', () => {
  it('reads every page of the open findings with their evidence, and fills clause and remediation from the rule', async () => {
    const { call, sent } = fakeApi();
    const input = await loadReportInput(
      call,
      { ruleIds: [], severities: ['CRITICAL'], regions: [], runId: null },
      new Date('2026-07-01T00:00:00Z'),
    );
    expect(input.asOf).toBe('2026-06-30');
    expect(input.catalogVersion).toBe('abc123');
    expect(input.findings).toHaveLength(6);
    expect(input.findings[0]).toMatchObject({
      severity: 'critical',
      clause: RULE.clause,
      remediation: RULE.remediation,
      partnerId: 'p',
      asOf: '2026-06-30',
      evidence: {
        nodes: [
          { id: 'p', label: 'Partner', name: 'Fabrikam' },
          { id: 'c0', label: 'Customer', name: 'C0' },
        ],
        edges: [{ type: 'SELLS_TO', from: 'p', to: 'c0' }],
      },
    });
    const findingCalls = sent.filter((s) => String(s.query).includes('ReportFindings'));
    expect(findingCalls.map((s) => s.after)).toEqual([null, '1', '2']);
    expect(findingCalls[0]?.filter).toEqual({ statuses: ['OPEN', 'ACKNOWLEDGED'], severities: ['CRITICAL'] });
  });

  it("reports a run's findings as of that run, and an unknown run as not found", async () => {
    const { call, sent } = fakeApi(1);
    const input = await loadReportInput(call, { ruleIds: [], severities: [], regions: [], runId: 'known' });
    expect(input.asOf).toBe('2025-12-31');
    expect(sent.find((s) => String(s.query).includes('ReportFindings'))?.filter).toEqual({ runId: 'known' });
    const error = await loadReportInput(call, { ruleIds: [], severities: [], regions: [], runId: 'gone' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).status).toBe(404);
  });
});

describe('findingsReportResponse', () => {
  it('answers CSV as a download and HTML as a locked-down page', async () => {
    const csv = (await findingsReportResponse(
      new Request('http://x/reports/findings.csv'),
      fakeApi(1).call,
    )) as Response;
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="csp-findings-2026-06-30.csv"');
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('cross-region-sale');

    const html = (await findingsReportResponse(
      new Request('http://x/reports/findings.html'),
      fakeApi(1).call,
    )) as Response;
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await html.text()).toContain('Sale to a customer outside');
  });

  it('refuses other paths, methods and filters, and passes the API refusal on with its status', async () => {
    const { call } = fakeApi(1);
    expect(await findingsReportResponse(new Request('http://x/graphql'), call)).toBeUndefined();
    expect((await findingsReportResponse(new Request('http://x/reports/secrets.txt'), call))?.status).toBe(404);
    expect(
      (await findingsReportResponse(new Request('http://x/reports/findings.csv', { method: 'POST', body: 'x' }), call))
        ?.status,
    ).toBe(405);
    expect((await findingsReportResponse(new Request('http://x/reports/findings.csv?severity=x'), call))?.status).toBe(
      400,
    );
    const refusing: GraphqlCall = async () => {
      throw new ReportError('Send an API key.', 401);
    };
    const refused = (await findingsReportResponse(new Request('http://x/reports/findings.html'), refusing)) as Response;
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'Send an API key.' });
    const broken: GraphqlCall = async () => {
      throw new Error('socket hang up');
    };
    const masked = (await findingsReportResponse(new Request('http://x/reports/findings.html'), broken)) as Response;
    expect(masked.status).toBe(500);
    expect(await masked.text()).not.toContain('socket');
  });
});

describe('useFindingsReport', () => {
  it("reads through the server's own GraphQL handler with the caller's credentials", async () => {
    const seen: (string | null)[] = [];
    const schema = createSchema({
      typeDefs: `
        type Query { rules(first: Int): RuleConnection! scanRuns(first: Int): RunConnection! findings(filter: FindingFilter, first: Int, after: String): FindingConnection! scanRun(id: ID!): Run }
        input FindingFilter { statuses: [String!] runId: ID ruleIds: [ID!] severities: [String!] regions: [String!] }
        type RuleConnection { edges: [RuleEdge!]! } type RuleEdge { node: Rule! }
        type Rule { id: ID! title: String! severity: String! clause: String! description: String! remediation: [String!]! }
        type RunConnection { edges: [RunEdge!]! } type RunEdge { node: Run! } type Run { asOf: String! catalogVersion: String! }
        type FindingConnection { pageInfo: PageInfo! edges: [FindingEdge!]! } type PageInfo { hasNextPage: Boolean! endCursor: String }
        type FindingEdge { node: Finding! }
        type Finding { key: ID! ruleId: ID! title: String! severity: String! message: String! subjects: [ID!]! region: String partner: Ref evidence: Evidence! }
        type Ref { id: ID! } type Evidence { nodes: [EvidenceNode!]! edges: [EvidenceRelationship!]! }
        type EvidenceNode { id: ID! label: String! name: String } type EvidenceRelationship { type: String! from: ID! to: ID! }`,
      resolvers: {
        Query: {
          rules: () => ({ edges: [{ node: RULE }] }),
          scanRuns: () => ({ edges: [{ node: { asOf: '2026-06-30', catalogVersion: 'abc' } }] }),
          findings: () => ({ pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: findingRow(0) }] }),
        },
      },
    });
    const yoga = createYoga({
      schema,
      logging: false,
      context: ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return {};
      },
      plugins: [useFindingsReport()],
    });
    const response = await yoga.fetch('http://localhost/reports/findings.csv', {
      headers: { authorization: 'Bearer csp_caller' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Partner 'Fabrikam' sells to customer 'C0'.");
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen)).toEqual(new Set(['Bearer csp_caller']));
  });
});
