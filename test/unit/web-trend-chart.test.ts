// The trend chart: series follow the runs oldest first, rules missing from a run count 0, the SVG holds one line per
// series with a point per run scaled to the largest count, and text is escaped.
import { describe, expect, it } from 'vitest';
import { type TrendRun, trendChartSvg, trendSeries } from '../../web/src/trend-chart';

const run = (startedAt: string, critical: number, high: number, rules: [string, number][]): TrendRun => ({
  startedAt,
  bySeverity: { critical, high, medium: 0, low: 0 },
  ruleIds: rules.map(([id]) => id),
  ruleFindings: rules.map(([, n]) => n),
});

const RUNS = [
  run('2025-06-03T06:00:00Z', 1, 4, [['self-sale', 5]]),
  run('2025-06-01T06:00:00Z', 3, 6, [
    ['self-sale', 7],
    ['cross-region-sale', 2],
  ]),
  run('2025-06-02T06:00:00Z', 2, 5, [
    ['self-sale', 6],
    ['cross-region-sale', 1],
  ]),
];

describe('trendSeries', () => {
  it('gives each severity its counts, oldest run first', () => {
    expect(trendSeries(RUNS, 'severity').slice(0, 2)).toEqual([
      { name: 'critical', counts: [3, 2, 1] },
      { name: 'high', counts: [6, 5, 4] },
    ]);
  });

  it('gives each rule its counts, 0 where a run did not have it', () => {
    expect(trendSeries(RUNS, 'rule')).toEqual([
      { name: 'cross-region-sale', counts: [2, 1, 0] },
      { name: 'self-sale', counts: [7, 6, 5] },
    ]);
  });
});

describe('trendChartSvg', () => {
  it('draws one polyline per series with a point per run, the highest at the top', () => {
    const svg = trendChartSvg(RUNS, 'rule');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(6);
    // self-sale's first point (7, the maximum) sits on the top edge of the plot (y = 12).
    expect(svg).toMatch(/data-series="self-sale"><polyline[^>]*points="44\.0,12\.0 /);
    expect(svg).toContain('self-sale (5)');
  });

  it('escapes names and says when there are no runs', () => {
    expect(trendChartSvg([run('2025-06-01', 0, 0, [['<x>', 1]])], 'rule')).toContain('&#60;x&#62;');
    expect(trendChartSvg([], 'severity')).toContain('No recorded runs yet');
  });
});
