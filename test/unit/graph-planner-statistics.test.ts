// When an import's growth makes Neo4j's statistics stale enough to refresh them (server/graph/planner-statistics.ts).
import { describe, expect, it } from 'vitest';
import { STALE_GROWTH, STALE_MIN_ELEMENTS, statisticsStale } from '../../server/graph/planner-statistics';

describe('statisticsStale', () => {
  it('holds when a large enough graph grew by the stale share or more', () => {
    expect(statisticsStale(0, STALE_MIN_ELEMENTS)).toBe(true);
    expect(statisticsStale(80_000, 80_000 * (1 + STALE_GROWTH))).toBe(true);
  });

  it('does not hold for a small graph, however it grew, nor for a smaller growth', () => {
    expect(statisticsStale(0, STALE_MIN_ELEMENTS - 1)).toBe(false);
    expect(statisticsStale(80_000, 80_000 * (1 + STALE_GROWTH) - 1)).toBe(false);
    expect(statisticsStale(100_000, 90_000)).toBe(false);
  });
});
