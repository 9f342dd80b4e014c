// Report formats: every one renders the same findings, and imported text can never become a formula or markup.
import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../../server/report/report-input';
import { summarize } from '../../server/report/summarize';
import { toCsv } from '../../server/report/to-csv';
import { toHtml } from '../../server/report/to-html';
import { toJson } from '../../server/report/to-json';
import { toMarkdown } from '../../server/report/to-markdown';
import { toSarif } from '../../server/report/to-sarif';
import { compareFindings, type Finding, findingKey } from '../../server/scan/finding';

function finding(overrides: Partial<Finding> & Pick<Finding, 'ruleId' | 'subjects'>): Finding {
  return {
    key: findingKey(overrides.ruleId, overrides.subjects),
    title: 'A title',
    severity: 'critical',
    clause: 'csp-partner-relationships, scenario 7',
    message: 'A message.',
    evidence: {
      nodes: overrides.subjects.map((id) => ({ id, label: 'Partner', name: `name of ${id}` })),
      edges: [],
    },
    remediation: ['Fix it.'],
    region: 'Europe',
    partnerId: overrides.subjects[0] ?? null,
    asOf: '2026-06-30',
    ...overrides,
  };
}

const hostile = '=HYPERLINK("http://x","click")<script>alert(\'x\')</script> | `rm` *bold*';

const input: ReportInput = {
  asOf: '2026-06-30',
  generatedAt: '2026-07-01T00:00:00.000Z',
  catalogVersion: 'abc123',
  rules: [
    {
      id: 'cross-region-sale',
      title: 'Sale outside the region',
      severity: 'critical',
      clause: 'scenario 7',
      description: 'd',
      remediation: ['r'],
    },
    {
      id: 'provider-direct-sale',
      title: 'Direct sale',
      severity: 'medium',
      clause: 'c',
      description: 'd',
      remediation: ['r'],
    },
  ],
  findings: [
    finding({ ruleId: 'cross-region-sale', subjects: ['p-1', 'c-1'], message: hostile }),
    finding({ ruleId: 'provider-direct-sale', subjects: ['p-2', 's-1'], severity: 'medium', region: 'United States' }),
  ],
};

describe('CSV', () => {
  const oneCell = (message: string): string => {
    const [, row] = toCsv({ ...input, findings: [finding({ ruleId: 'self-sale', subjects: ['p-9'], message })] }).split(
      '\r\n',
    );
    return (row ?? '').split(',')[3] ?? '';
  };

  it('neutralizes every formula trigger at the start of a cell', () => {
    for (const trigger of ['=', '+', '-', '@', '\t']) expect(oneCell(`${trigger}1+1`)).toBe(`'${trigger}1+1`);
    expect(oneCell('\r1+1')).toBe(`"'\r1+1"`);
    expect(oneCell('Contoso')).toBe('Contoso');
  });

  it('quotes cells with separators and doubles quotes', () => {
    expect(
      toCsv({ ...input, findings: [finding({ ruleId: 'self-sale', subjects: ['p-9'], message: 'a,b' })] }),
    ).toContain(',"a,b",');
    expect(oneCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('writes a header and one row per finding, no cell starting a formula', () => {
    const lines = toCsv(input).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^severity,rule,title,message,/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"",""click"")`);
  });
});

describe('HTML', () => {
  const html = toHtml(input);

  it('escapes imported text', () => {
    expect(html).not.toContain("<script>alert('x')</script>");
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
  });

  it('is one self-contained page with the summary and every finding', () => {
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html.match(/class="finding /g)).toHaveLength(2);
    expect(html).toContain('United States');
    expect(html).toContain('@media print');
  });

  it('says so when there are no findings', () => {
    expect(toHtml({ ...input, findings: [] })).toContain('No findings');
  });
});

describe('Markdown', () => {
  it('escapes table and markup characters in imported text', () => {
    const md = toMarkdown(input);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\| \\`rm\\` \\*bold\\*');
    expect(md).toContain('| critical | 1 |');
  });
});

describe('SARIF', () => {
  it('is SARIF 2.1.0 with one result per finding, levels by severity and a stable fingerprint', () => {
    const sarif = JSON.parse(toSarif(input));
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'cross-region-sale',
      'provider-direct-sale',
    ]);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning']);
    expect(run.results[1].ruleIndex).toBe(1);
    expect(run.results[0].partialFingerprints.findingKey).toBe('cross-region-sale|p-1|c-1');
    expect(run.results[0].locations[0].logicalLocations).toHaveLength(2);
  });
});

describe('JSON and the summary', () => {
  it('counts by severity, rule, region and partner', () => {
    const summary = summarize(input.findings);
    expect(summary.total).toBe(2);
    expect(summary.bySeverity).toEqual({ critical: 1, high: 0, medium: 1, low: 0 });
    expect(summary.byRegion.map((c) => c.key).sort()).toEqual(['Europe', 'United States']);
    expect(summary.byPartner.find((c) => c.key === 'p-1')?.label).toBe('name of p-1 (p-1)');
    const json = JSON.parse(toJson(input));
    expect(json.summary.total).toBe(2);
    expect(json.findings).toHaveLength(2);
  });

  it('orders findings most severe first, then by key', () => {
    const low = finding({ ruleId: 'a', subjects: ['x'], severity: 'low' });
    const critical = finding({ ruleId: 'z', subjects: ['y'], severity: 'critical' });
    expect([low, critical].sort(compareFindings).map((f) => f.severity)).toEqual(['critical', 'low']);
  });
});
