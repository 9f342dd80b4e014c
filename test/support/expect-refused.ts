// An import that must be refused: it throws an ImportError with (at least) the given issues, and the graph is exactly
// as it was before.
import { expect } from 'vitest';
import type { Executor } from '../../server/db/executor';
import { ImportError, type ImportIssue } from '../../server/import/import-path';
import { graphSnapshot } from './test-database';

export async function expectRefused(
  executor: Executor,
  attempt: () => Promise<unknown>,
  expected: Partial<ImportIssue>[],
): Promise<ImportIssue[]> {
  const before = await graphSnapshot(executor);
  const error = await attempt().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  const issues = [...(error as ImportError).issues];
  for (const issue of expected) expect(issues).toContainEqual(expect.objectContaining(issue));
  expect(await graphSnapshot(executor)).toBe(before);
  return issues;
}
