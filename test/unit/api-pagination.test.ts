// Cursor pagination: opaque cursors, bounded pages, and page info that matches the slice.
import { describe, expect, it } from 'vitest';
import { severityBuckets } from '../../server/api/data/findings';
import { type Connection, encodeCursor, MAX_PAGE_SIZE, sliceConnection, toPage } from '../../server/api/pagination';

describe('toPage', () => {
  it('starts after the cursor and defaults to 20 items', () => {
    expect(toPage({})).toEqual({ skip: 0, limit: 20 });
    expect(toPage({ first: 5, after: encodeCursor(9) })).toEqual({ skip: 10, limit: 5 });
  });

  it('refuses pages above the maximum, negative sizes and foreign cursors', () => {
    expect(() => toPage({ first: MAX_PAGE_SIZE + 1 })).toThrow(/first must be between 0 and 100/);
    expect(() => toPage({ first: -1 })).toThrow(/first must be between/);
    expect(() => toPage({ after: 'not-a-cursor' })).toThrow(/not a cursor this API gave out/);
  });
});

describe('sliceConnection', () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ node: i }));

  it('walks a list page by page without gaps or repeats', () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection<{ node: number }> = sliceConnection(items, { first: 3, after });
      seen.push(...page.edges.map((edge) => edge.node));
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('gives empty page info past the end', () => {
    const page = sliceConnection(items, { first: 3, after: encodeCursor(6) });
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});

describe('severityBuckets', () => {
  const combination = (severity: 'critical' | 'high' | 'medium' | 'low', count: number) => ({
    rule: 'r',
    severity,
    region: null,
    partner: null,
    status: 'open' as const,
    count,
  });
  const combinations = [
    combination('low', 10),
    combination('critical', 3),
    combination('high', 4),
    combination('high', 1),
  ];

  it('takes a page across severities, most severe first', () => {
    expect(severityBuckets(combinations, { skip: 0, limit: 5 })).toEqual([
      { severity: 'critical', skip: 0, limit: 3 },
      { severity: 'high', skip: 0, limit: 2 },
    ]);
    expect(severityBuckets(combinations, { skip: 6, limit: 5 })).toEqual([
      { severity: 'high', skip: 3, limit: 2 },
      { severity: 'low', skip: 0, limit: 3 },
    ]);
  });

  it('gives nothing past the end or for an empty page', () => {
    expect(severityBuckets(combinations, { skip: 18, limit: 5 })).toEqual([]);
    expect(severityBuckets(combinations, { skip: 0, limit: 0 })).toEqual([]);
  });
});
