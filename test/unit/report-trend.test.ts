// The HTML report draws the trend over recorded runs, by severity and by rule, only when it is given runs.
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../server/report/to-html';

const base = { asOf: '2025-06-30', generatedAt: '2025-06-30T06:00:00Z', catalogVersion: 'v1', rules: [], findings: [] };
const runs = [
  {
    startedAt: '2025-06-29T06:00:00Z',
    bySeverity: { critical: 2, high: 1 },
    ruleIds: ['self-sale'],
    ruleFindings: [3],
  },
  {
    startedAt: '2025-06-30T06:00:00Z',
    bySeverity: { critical: 1, high: 0 },
    ruleIds: ['self-sale'],
    ruleFindings: [1],
  },
];

describe('the HTML report trend', () => {
  it('shows open findings by severity and by rule over the runs', () => {
    const html = toHtml({ ...base, runs });
    expect(html).toContain('<h2>Trend over recorded runs</h2>');
    expect(html).toContain('aria-label="Open findings by severity"');
    expect(html).toContain('aria-label="Open findings by rule"');
    expect(html).toContain('self-sale (1)');
  });

  it('has no trend section without runs', () => {
    expect(toHtml(base)).not.toContain('Trend over recorded runs');
  });
});
