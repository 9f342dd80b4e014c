// The operators of the plan Neo4j makes for a statement, for tests that check how a statement is planned.
import type { Executor, Params } from '../../server/db/executor';

interface PlanNode {
  operatorType: string;
  children: unknown[];
}

/** Every operator of the plan of `statement` (EXPLAIN: nothing runs), without the runtime after the @. */
export async function planOperators(executor: Executor, statement: string, params: Params = {}): Promise<string[]> {
  const result = await executor.raw(`EXPLAIN ${statement}`, params);
  const operators: string[] = [];
  const walk = (plan: PlanNode) => {
    operators.push(plan.operatorType.replace(/@.*$/, ''));
    for (const child of plan.children) walk(child as PlanNode);
  };
  walk(result.summary.plan as unknown as PlanNode);
  return operators;
}
