// Rows checked where they leave Cypher: each statement's row shape is declared once as a zod schema and its
// TypeScript type derived from it (z.infer), so a statement that returns another shape fails at the read, naming the
// statement and the column, instead of passing through a cast to fail (or not) far from it.
//
// The executor hands back plain rows (to-plain.ts): integers as numbers, dates and times as ISO text, null for a
// missing property; a schema describes them as such. These are functions over the executor rather than methods of it,
// so an executor that wraps another (the API's scoped one, a test's counting one) checks rows the same way.
import type { z } from 'zod';
import type { Executor, Params, QueryOptions, Tx } from './executor';

/** A row that is not of the shape its statement declares: the statement or the schema is wrong. */
export class RowShapeError extends Error {
  override name = 'RowShapeError';
}

/** The statement as an error names it: its first line (a statement file's opening comment says what it is). */
function statementName(query: string): string {
  const first = query.trim().split('\n', 1)[0] ?? '';
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(row)'}: ${issue.message}`)
    .join('; ');
}

/** Each row parsed by `row`; the first that does not fit fails the whole read. */
export function checkRows<S extends z.ZodType>(row: S, rows: readonly unknown[], query: string): z.output<S>[] {
  const checked: z.output<S>[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const result = row.safeParse(rows[index]);
    if (!result.success) {
      throw new RowShapeError(
        `Row ${index + 1} of the statement '${statementName(query)}' is not of its declared shape: ${describeIssues(result.error)}`,
        { cause: result.error },
      );
    }
    checked[index] = result.data;
  }
  return checked;
}

/** One read query (Executor.read), each row checked by `row`. */
export async function readRows<S extends z.ZodType>(
  executor: Pick<Executor, 'read'>,
  row: S,
  query: string,
  params?: Params,
  options?: QueryOptions,
): Promise<z.output<S>[]> {
  return checkRows(row, await executor.read(query, params, options), query);
}

/** One write query in its own transaction (Executor.write), each row it returns checked by `row`. */
export async function writeRows<S extends z.ZodType>(
  executor: Pick<Executor, 'write'>,
  row: S,
  query: string,
  params?: Params,
): Promise<z.output<S>[]> {
  return checkRows(row, await executor.write(query, params), query);
}

/** One query inside a transaction (Tx.run), each row checked by `row`. */
export async function runRows<S extends z.ZodType>(
  tx: Pick<Tx, 'run'>,
  row: S,
  query: string,
  params?: Params,
): Promise<z.output<S>[]> {
  return checkRows(row, await tx.run(query, params), query);
}
