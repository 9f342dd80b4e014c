// Rows checked where they leave Cypher: a row of the declared shape passes as it is, any other fails at the read.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import type { Executor } from '../../server/db/executor';

/** An executor whose reads answer the given rows, recording what they were asked. */
function answering(rows: unknown[]) {
  const asked: { query: string; params: unknown }[] = [];
  const executor = {
    read: async (query: string, params?: unknown) => {
      asked.push({ query, params });
      return rows;
    },
  } as unknown as Executor;
  return { executor, asked };
}

const edge = z.object({ type: z.enum(['SUPPLIES', 'SELLS_TO']), share: z.number().nullable() });

describe('readRows', () => {
  it('hands back rows of the declared shape, typed by it, and passes the query and parameters on', async () => {
    const { executor, asked } = answering([
      { type: 'SUPPLIES', share: null },
      { type: 'SELLS_TO', share: 0.5 },
    ]);
    const rows = await readRows(executor, edge, 'RETURN 1', { ids: ['a'] });
    expect(rows).toEqual([
      { type: 'SUPPLIES', share: null },
      { type: 'SELLS_TO', share: 0.5 },
    ]);
    expect(asked).toEqual([{ query: 'RETURN 1', params: { ids: ['a'] } }]);
  });

  it('fails on a row of another shape, naming the column', async () => {
    const { executor } = answering([{ type: 'OWNS', share: 1 }]);
    await expect(readRows(executor, edge, 'RETURN 1')).rejects.toThrow(/type/);
    const missing = answering([{ type: 'SUPPLIES' }]);
    await expect(readRows(missing.executor, edge, 'RETURN 1')).rejects.toThrow(/share/);
  });
});
