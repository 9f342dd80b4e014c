// Has Neo4j plan the statements of anchored checks before the first one is asked for. Planning a rule's anchored
// statement or its anchor search takes 0.1–0.5 s at 1,000,000 customers, several seconds for the catalog, which a
// database that has just started would otherwise charge to the first what-if checks and the first incremental scan
// (docs/benchmarks.md, What-if check). EXPLAIN plans a statement and caches its plan without running it, and the
// plan serves every later run with parameters of the same types.
import { cypherInt, type Executor } from '../db/executor';
import { anchorsParameter, anchorsStatement } from './anchors';
import type { RuleDefinition } from './catalog';
import { anchoredParameters } from './run-rule';

export interface WarmedPlans {
  statements: number;
  ms: number;
}

/** Plans every rule's anchored statement and anchor searches (with and without a limit), one after another. */
export async function warmRulePlans(executor: Executor, rules: readonly RuleDefinition[]): Promise<WarmedPlans> {
  const started = performance.now();
  const asOf = '2000-01-01';
  let statements = 0;
  for (const rule of rules) {
    const anchorsParams = { asOf, touched: anchorsParameter(rule, {}) };
    for (const [statement, params] of [
      [rule.anchor.anchoredCypher, anchoredParameters(asOf, [])],
      [anchorsStatement(rule, false), anchorsParams],
      [anchorsStatement(rule, true), { ...anchorsParams, limit: cypherInt(1) }],
    ] as const) {
      await executor.read(`EXPLAIN ${statement}`, params);
      statements += 1;
    }
  }
  return { statements, ms: Math.round(performance.now() - started) };
}
