// The report routes: the URL's filter, the document each path gives (CSV as a download, HTML as a locked-down page),
// and refusals with a clear status; faults masked. Reading the findings is tested against the database
// (test/int/findings-report.int.test.ts).
import { describe, expect, it } from 'vitest';
import { ReportError, type ReportFilter } from '../../server/report/recorded-report';
import type { ReportInput } from '../../server/report/report-input';
import { parseReportFilter } from '../../server/web-app/findings-report';
import { findingsReportResponse } from '../../server/web-app/use-findings-report';

const RULE = {
  id: 'cross-region-sale',
  title: "Sale to a customer outside the partner's region",
  severity: 'critical',
  clause: 'csp-partner-relationships, scenario 7',
  description: 'd',
  remediation: ['Serve the customer from an account in its region.'],
};

function finding(index: number): ReportInput['findings'][number] {
  return {
    key: `cross-region-sale|p|c${index}`,
    ruleId: 'cross-region-sale',
    title: RULE.title,
    severity: 'critical',
    clause: RULE.clause,
    message: `Partner 'Fabrikam' sells to customer 'C${index}'.`,
    subjects: ['p', `c${index}`],
    region: 'Europe',
    partnerId: 'p',
    remediation: RULE.remediation,
    asOf: '2026-06-30',
    evidence: {
      nodes: [
        { id: 'p', label: 'Partner', name: 'Fabrikam' },
        { id: `c${index}`, label: 'Customer', name: `C${index}` },
      ],
      edges: [{ type: 'SELLS_TO', from: 'p', to: `c${index}` }],
    },
  };
}

/** A stand-in for the recorded findings: two findings as of 2026-06-30; records the filters it was asked for. */
function fakeLoad() {
  const asked: ReportFilter[] = [];
  const load = async (filter: ReportFilter): Promise<ReportInput> => {
    asked.push(filter);
    return {
      asOf: '2026-06-30',
      generatedAt: '2026-07-01T00:00:00.000Z',
      catalogVersion: 'abc123',
      rules: [RULE],
      findings: [finding(0), finding(1)],
    };
  };
  return { load, asked };
}

describe('report filter', () => {
  it('reads repeated values and refuses an unknown severity', () => {
    expect(parseReportFilter(new URLSearchParams('rule=a&rule=b&severity=HIGH&region=Europe&runId=r1'))).toEqual({
      ruleIds: ['a', 'b'],
      severities: ['high'],
      regions: ['Europe'],
      runId: 'r1',
    });
    expect(parseReportFilter(new URLSearchParams('severity=severe'))).toEqual({
      problem: "'SEVERE' is not a severity (critical, high, medium or low).",
    });
    expect(parseReportFilter(new URLSearchParams(Array.from({ length: 101 }, (_, i) => ['rule', `r${i}`])))).toEqual({
      problem: "At most 100 values of 'rule' are accepted.",
    });
  });
});

describe('findingsReportResponse', () => {
  it('answers CSV as a download and HTML as a locked-down page, for the filter of the URL', async () => {
    const { load, asked } = fakeLoad();
    const csv = (await findingsReportResponse(
      new Request('http://x/reports/findings.csv?severity=critical&region=Europe'),
      load,
    )) as Response;
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="csp-findings-2026-06-30.csv"');
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('cross-region-sale');
    expect(asked).toEqual([{ ruleIds: [], severities: ['critical'], regions: ['Europe'], runId: null }]);

    const html = (await findingsReportResponse(new Request('http://x/reports/findings.html'), load)) as Response;
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.headers.get('content-disposition')).toBe('inline; filename="csp-findings-2026-06-30.html"');
    expect(await html.text()).toContain('Sale to a customer outside');
  });

  it('refuses other paths, methods and filters, passes a refusal on with its status, and masks faults', async () => {
    const { load, asked } = fakeLoad();
    expect(await findingsReportResponse(new Request('http://x/graphql'), load)).toBeUndefined();
    expect((await findingsReportResponse(new Request('http://x/reports/secrets.txt'), load))?.status).toBe(404);
    expect(
      (await findingsReportResponse(new Request('http://x/reports/findings.csv', { method: 'POST', body: 'x' }), load))
        ?.status,
    ).toBe(405);
    expect((await findingsReportResponse(new Request('http://x/reports/findings.csv?severity=x'), load))?.status).toBe(
      400,
    );
    expect(asked).toEqual([]);
    const refusing = async (): Promise<ReportInput> => {
      throw new ReportError("No scan run has the id 'gone'.", 404);
    };
    const refused = (await findingsReportResponse(
      new Request('http://x/reports/findings.html?runId=gone'),
      refusing,
    )) as Response;
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: "No scan run has the id 'gone'." });
    const faults: unknown[] = [];
    const broken = async (): Promise<ReportInput> => {
      throw new Error('socket hang up');
    };
    const masked = (await findingsReportResponse(new Request('http://x/reports/findings.html'), broken, (error) =>
      faults.push(error),
    )) as Response;
    expect(masked.status).toBe(500);
    expect(await masked.text()).not.toContain('socket');
    expect(faults.map((error) => (error as Error).message)).toEqual(['socket hang up']);
  });
});
