// The finding-status shorthand expands in place, on the statement's own variable, and takes nothing but a variable
// (what each expansion means is checked against the database in test/int/finding-status.int.test.ts).
import { describe, expect, it } from 'vitest';
import { expandFindingStatus } from '../../server/api/finding-status';

describe('the finding-status shorthand', () => {
  it('expands every use on its own variable and leaves the rest of the statement as it was', () => {
    const text = expandFindingStatus(
      'MATCH (g:Finding) WHERE FINDING_COUNTS_OPEN(g) RETURN FINDING_STATUS(g) AS status, WAIVER_EXPIRED(g) AS expired',
    );
    expect(text).not.toMatch(/FINDING_STATUS|FINDING_COUNTS_OPEN|WAIVER_EXPIRED/);
    expect(text).toMatch(/^MATCH \(g:Finding\) WHERE \(g\.status = 'open' AND CASE /);
    expect(text).toMatch(
      / AS status, coalesce\(g\.triage = 'waived' AND NOT g\.waivedUntil > datetime\(\), false\) AS expired$/,
    );
    expect(text).not.toMatch(/\bf\./);
  });

  it('takes a variable name only', () => {
    expect(() => expandFindingStatus('RETURN FINDING_STATUS(1)')).toThrow(
      "FINDING_STATUS takes a variable name, not '1'",
    );
    expect(() => expandFindingStatus('WHERE FINDING_COUNTS_OPEN(F)')).toThrow(
      'FINDING_COUNTS_OPEN takes a variable name',
    );
  });
});
