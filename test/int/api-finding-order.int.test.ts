// A page of findings is read in index order: the page query's plan seeks the (severity, key) index and sorts nothing.
import { describe, expect, it } from 'vitest';
import { apiStatement } from '../../server/api/statement-text';
import { cypher } from '../../server/db/cypher-files';
import { cypherInt } from '../../server/db/executor';
import { useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

function operators(plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): string[] {
  const details = String(plan.arguments.Details ?? '');
  return [
    `${plan.operatorType.replace(/@.*/, '')} ${details}`,
    ...plan.children.flatMap((child) => operators(child as typeof plan)),
  ];
}

describe('the findings page query', () => {
  it('reads the finding_severity_key index in order and has no sort', async () => {
    const result = await db().raw(`EXPLAIN ${apiStatement(cypher('api/findings/page.cypher'))}`, {
      severity: 'high',
      skip: cypherInt(100),
      limit: cypherInt(50),
      ruleIds: null,
      regions: null,
      partnerIds: null,
      statuses: ['open'],
      runId: null,
      entityIds: null,
      entityKind: null,
      scope: null,
    });
    const plan = operators(result.summary.plan as never);
    expect(plan.some((line) => /^NodeIndexSeek .*Finding\(severity, key\)/.test(line))).toBe(true);
    expect(plan.filter((line) => /^(Sort|Top|PartialSort|PartialTop) /.test(line))).toEqual([]);
  });
});
