// Has Neo4j plan the rules' statements before they are first asked for. Planning a rule's anchored statement or its
// anchor search takes 0.1–0.5 s at 1,000,000 customers, several seconds for the catalog, which a database that has
// just started would otherwise charge to the first what-if checks and the first scan (docs/benchmarks.md, What-if
// check and Daily delta). EXPLAIN plans a statement and caches its plan without running it, and the plan serves every
// later run with parameters of the same types.
import { cypherInt, type Executor } from '../db/executor';
import { anchorsParameter, anchorsStatement } from './anchors';
import type { RuleDefinition } from './catalog';
import {
  catalogAnchoredParameters,
  catalogAnchoredStatement,
  catalogAnchorsParameters,
  catalogAnchorsStatement,
} from './catalog-anchored';
import { anchoredParameters } from './run-rule';

export interface WarmedPlans {
  statements: number;
  ms: number;
}

/** Plans, one after another, the what-if's two statements for the whole catalog, every rule's anchored statement and
 * anchor searches (with and without a limit), which incremental scans run, then its whole-graph statement and the part
 * of it a scan's session runs. */
export async function warmRulePlans(executor: Executor, rules: readonly RuleDefinition[]): Promise<WarmedPlans> {
  const started = performance.now();
  const asOf = '2000-01-01';
  const statements: [string, Record<string, unknown>][] = [
    [catalogAnchorsStatement(rules), catalogAnchorsParameters(rules, {}, asOf)],
    [catalogAnchoredStatement(rules), catalogAnchoredParameters(rules, new Map(), asOf)],
  ];
  for (const rule of rules) {
    const anchorsParams = { asOf, touched: anchorsParameter(rule, {}) };
    statements.push(
      [rule.anchor.anchoredCypher, anchoredParameters(asOf, [])],
      [anchorsStatement(rule, false), anchorsParams],
      [anchorsStatement(rule, true), { ...anchorsParams, limit: cypherInt(1) }],
    );
  }
  // The scan's statements after all of the what-if checks', which the API may be asked for first.
  for (const rule of rules) {
    statements.push([rule.cypher, { asOf }]);
    if (rule.anchor.partCypher)
      statements.push([rule.anchor.partCypher, { asOf, part: { index: cypherInt(0), count: cypherInt(1) } }]);
  }
  for (const [statement, params] of statements) await executor.read(`EXPLAIN ${statement}`, params);
  return { statements: statements.length, ms: Math.round(performance.now() - started) };
}
