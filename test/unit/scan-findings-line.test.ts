// The scan's summary line counts every rule's findings in all: an incremental run carries most of them over and
// evaluates the rest, and the line must not count only those it evaluated.
import { describe, expect, it } from 'vitest';
import { findingsLine } from '../../server/cli/commands/scan';
import type { Finding } from '../../server/scan/finding';

function finding(ruleId: string, subject: string): Finding {
  return {
    key: `${ruleId}|${subject}`,
    ruleId,
    title: ruleId,
    severity: 'high',
    clause: '',
    message: '',
    subjects: [subject],
    evidence: { nodes: [], edges: [] },
    remediation: [],
    region: null,
    partnerId: null,
    asOf: '2025-06-30',
  };
}

describe('the findings line of a scan', () => {
  it("counts each rule's findings, in the catalog's order, with a rule that found none", () => {
    const findings = [finding('self-sale', 'a'), finding('cross-region-sale', 'b'), finding('self-sale', 'c')];
    const line = findingsLine({
      findings,
      ruleIds: ['cross-region-sale', 'mpa-not-signed', 'self-sale'],
      asOf: '2025-06-30',
    });
    expect(line).toBe('3 findings as of 2025-06-30 (cross-region-sale 1, mpa-not-signed 0, self-sale 2).');
  });
});
