// Rows checked where they leave Cypher: a row of the declared shape passes as it is, any other fails at the read.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RowShapeError, readRows, runRows, writeRows } from '../../server/db/checked-rows';
import type { Executor, Tx } from '../../server/db/executor';

/** An executor (and a transaction) whose queries answer the given rows, recording what they were asked. */
function answering(rows: Record<string, unknown>[]) {
  const asked: { query: string; params: unknown }[] = [];
  const answer = async (query: string, params?: unknown) => {
    asked.push({ query, params });
    return rows;
  };
  const executor: Pick<Executor, 'read' | 'write'> = { read: answer, write: answer };
  const tx: Pick<Tx, 'run'> = { run: answer };
  return { executor, tx, asked };
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

  it('fails on a row of another shape, naming the statement, the row and the column', async () => {
    const { executor } = answering([{ type: 'OWNS', share: 1 }]);
    await expect(readRows(executor, edge, '// The edges.\nMATCH ()-[r]->() RETURN r')).rejects.toThrow(
      /Row 1 of the statement '\/\/ The edges\.' .*type/,
    );
    const missing = answering([{ type: 'SUPPLIES', share: 1 }, { type: 'SUPPLIES' }]);
    const error = await readRows(missing.executor, edge, 'RETURN 1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowShapeError);
    expect((error as Error).message).toMatch(/Row 2 .*share/);
  });
});

describe('writeRows and runRows', () => {
  it('check the rows of a write and of a query in a transaction the same way', async () => {
    const { executor, tx, asked } = answering([{ type: 'SELLS_TO', share: null }]);
    expect(await writeRows(executor, edge, 'CREATE ()', { a: 1 })).toEqual([{ type: 'SELLS_TO', share: null }]);
    expect(await runRows(tx, edge, 'MATCH ()', { b: 2 })).toEqual([{ type: 'SELLS_TO', share: null }]);
    expect(asked).toEqual([
      { query: 'CREATE ()', params: { a: 1 } },
      { query: 'MATCH ()', params: { b: 2 } },
    ]);
    const wrong = answering([{ type: 'SELLS_TO', share: '0.5' }]);
    await expect(runRows(wrong.tx, edge, 'MATCH ()')).rejects.toThrow(/share/);
  });
});
