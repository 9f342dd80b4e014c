// Rows of the API's reads, checked where they leave Cypher: each statement's row shape is declared once as a zod
// schema and its TypeScript type derived from it, so a statement that returns another shape fails at the read,
// naming the column, instead of passing through a cast to fail (or not) in a resolver.
import type { z } from 'zod';
import type { Executor, Params, QueryOptions } from '../../db/executor';

export async function readRows<S extends z.ZodType>(
  executor: Executor,
  row: S,
  query: string,
  params?: Params,
  options?: QueryOptions,
): Promise<z.infer<S>[]> {
  const rows = await executor.read(query, params, options);
  return rows.map((value) => row.parse(value));
}
