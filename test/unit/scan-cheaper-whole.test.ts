// Which rules an incremental scan runs whole without searching their anchors: those whose estimated anchored cost
// reaches their time in the last full scan, once the estimate is large enough to be worth acting on.
import { describe, expect, it } from 'vitest';
import { touchedFor } from '../../server/rules/anchors';
import { loadCatalog } from '../../server/rules/catalog';
import { rulesCheaperWhole, WHOLE_ESTIMATE_FLOOR_MS } from '../../server/scan/incremental-scan';

function ruleNamed(id: string) {
  const found = loadCatalog().find((r) => r.id === id);
  if (!found) throw new Error(`${id} is not in the catalog`);
  return found;
}

const rule = ruleNamed('cross-region-sale');
const touched = { Customer: Array.from({ length: 100 }, (_, i) => `customer-${i}`) };
const reaching = Object.values(touchedFor(rule, touched)).reduce((sum, ids) => sum + ids.length, 0);

/** Whether the rule runs whole when its last full-scan time is `wholeMs` and its anchored estimate `estimateMs`. */
function runsWhole(wholeMs: number, estimateMs: number): boolean {
  return rulesCheaperWhole([rule], touched, new Map([[rule.id, wholeMs]]), estimateMs / reaching).has(rule.id);
}

describe('rules run whole without a search', () => {
  it('counts the touched entities that can alter the rule', () => {
    expect(reaching).toBe(100);
  });

  it('when the estimate reaches the whole time, for rules that take a fraction of a second whole', () => {
    // A rule of 136 ms whole, estimated at 700 ms from its anchors: the whole run is the cheaper one.
    expect(runsWhole(136, 700)).toBe(true);
    expect(runsWhole(136, 136)).toBe(true);
    expect(runsWhole(136, 120)).toBe(false);
    expect(runsWhole(9_000, 2_000)).toBe(false);
  });

  it('not below the floor, where the choice hardly matters, nor when the whole time is unknown', () => {
    expect(runsWhole(10, WHOLE_ESTIMATE_FLOOR_MS - 1)).toBe(false);
    expect(runsWhole(10, WHOLE_ESTIMATE_FLOOR_MS)).toBe(true);
    expect(runsWhole(0, 1e6)).toBe(false);
  });
});
