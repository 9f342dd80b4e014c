// The what-if's two statements: every rule's anchor search in one statement, and every rule's anchored statement in
// another, so that a check costs two round trips however many rules it reaches. Neo4j runs a transaction's statements
// one after another and each costs its own fixed share: on the 1,000,000-customer store, a subscription's 12 anchor
// searches took a median 8.5 ms as 12 statements sent at once and 3.6 ms as one, and 12 statements returning a
// constant 3.7 ms against 0.7 ms for one (docs/benchmarks.md, What-if check). Each rule keeps its own parameters and
// runs only when asked, so the text, and Neo4j's plan of it, is the catalog's: one plan serves every check.
import { z } from 'zod';
import { runRows } from '../db/checked-rows';
import type { Tx } from '../db/executor';
import {
  type AnchorsParameter,
  anchorsParameter,
  CATALOG_RULE_VARIABLE,
  type RuleAnchor,
  reaches,
  type Touched,
} from './anchors';
import type { RuleDefinition } from './catalog';
import { anchoredParameters, type RuleRow, ruleRow } from './run-rule';

type AnchoredRule = Pick<RuleDefinition, 'id'> & {
  anchor: Pick<RuleAnchor, 'anchorsCypher' | 'anchoredCypher' | 'reads' | 'readsAspects'>;
};

/** The columns every rule returns (`ruleRow`), in the order the merged statement returns them after `rule`. */
const RULE_COLUMNS = Object.keys(ruleRow.shape).join(', ');

/** The parameter of rule `index`: its own, so that one rule's ids never reach another's statement. */
const parameterOf = (index: number) => `rule${index}`;

/**
 * One UNION ALL branch per rule: the rule's statement inside a subquery, run only when `guard` holds for its parameter,
 * each of its rows led by the rule's position in `rules` (`CATALOG_RULE_VARIABLE`, returned as `rule`). The subquery
 * imports that position, which it does not use, so that Neo4j runs it once per row that passed the guard (an Apply)
 * instead of beside it (a product).
 */
function merged(
  rules: readonly AnchoredRule[],
  statementOf: (rule: AnchoredRule, parameter: string) => string,
  guard: (parameter: string) => string,
  columns: string,
): string {
  const branches = rules.map((rule, index) => {
    const parameter = `$${parameterOf(index)}`;
    const body = statementOf(rule, parameter).replace(/;\s*$/, '');
    const position = CATALOG_RULE_VARIABLE;
    return `  WITH ${index} AS ${position} WHERE ${guard(parameter)}\n  CALL (${position}) {\n${body}\n  }\n  RETURN ${position}, ${columns}`;
  });
  return `CALL () {\n${branches.join('\n  UNION ALL\n')}\n}\nRETURN ${CATALOG_RULE_VARIABLE} AS rule, ${columns}`;
}

/** A statement built once per catalog (the catalog's array is not changed once loaded). */
function oncePerCatalog(build: (rules: readonly AnchoredRule[]) => string): (rules: readonly AnchoredRule[]) => string {
  const built = new WeakMap<readonly AnchoredRule[], string>();
  return (rules) => {
    let statement = built.get(rules);
    if (statement === undefined) {
      statement = build(rules);
      built.set(rules, statement);
    }
    return statement;
  };
}

/** Every rule's anchor search (its `.anchors.cypher`, `$touched` being `$rule<index>.touched`), one statement. */
export const catalogAnchorsStatement = oncePerCatalog((rules) =>
  merged(
    rules,
    (rule, parameter) => rule.anchor.anchorsCypher.replace(/\$touched\b/g, `${parameter}.touched`),
    (parameter) => `${parameter}.reached`,
    'anchor',
  ),
);

/** Every rule's anchored statement (`$anchored` being `$rule<index>`), one statement. */
export const catalogAnchoredStatement = oncePerCatalog((rules) =>
  merged(
    rules,
    (rule, parameter) => rule.anchor.anchoredCypher.replace(/\$anchored\b/g, parameter),
    (parameter) => `size(${parameter}.ids) > 0`,
    RULE_COLUMNS,
  ),
);

/** The parameters of catalogAnchorsStatement: per rule, whether `touched` reaches it and, if so, its `$touched` (a
 * rule not reached does not run, and its empty lists would only cost their sending). */
export function catalogAnchorsParameters(
  rules: readonly AnchoredRule[],
  touched: Touched,
  asOf: string,
): Record<string, unknown> {
  const params: Record<string, { reached: boolean; touched?: AnchorsParameter } | string> = { asOf };
  rules.forEach((rule, index) => {
    const reached = reaches(rule, touched);
    params[parameterOf(index)] = reached ? { reached, touched: anchorsParameter(rule, touched) } : { reached };
  });
  return params;
}

/** The parameters of catalogAnchoredStatement: per rule, its anchors (none: the rule does not run). */
export function catalogAnchoredParameters(
  rules: readonly AnchoredRule[],
  anchors: ReadonlyMap<string, readonly string[]>,
  asOf: string,
): Record<string, unknown> {
  const params: Record<string, { ids: string[] } | string> = { asOf };
  rules.forEach((rule, index) => {
    // Each rule's anchors as its own anchored statement takes them (`$anchored`).
    params[parameterOf(index)] = anchoredParameters(asOf, anchors.get(rule.id) ?? []).anchored;
  });
  return params;
}

const anchorRow = z.object({ rule: z.number().int(), anchor: z.string().nullable() });

/**
 * The start points of each rule of `rules` whose findings a change of `touched` can alter, read in the graph after
 * the change (as anchorsOfRules reads them, in one statement). Sorted, without repeats, by rule id; a rule nothing of
 * `touched` can alter gets none.
 */
export async function anchorsOfCatalog(
  tx: Pick<Tx, 'run'>,
  rules: readonly AnchoredRule[],
  touched: Touched,
  asOf: string,
): Promise<Map<string, string[]>> {
  const rows = await runRows(
    tx,
    anchorRow,
    catalogAnchorsStatement(rules),
    catalogAnchorsParameters(rules, touched, asOf),
  );
  const found = rules.map(() => new Set<string>());
  for (const { rule, anchor } of rows) if (anchor !== null) found[rule]?.add(anchor);
  return new Map(rules.map((rule, index) => [rule.id, [...(found[index] ?? [])].sort()]));
}

const mergedRuleRow = ruleRow.extend({ rule: z.number().int() });

/**
 * The rows of each rule of `rules` from its anchors in `anchors` (by rule id; a rule without anchors has none), in one
 * statement. By the anchored contract (docs/rules.md, Anchors) each rule's rows are those of its own anchored run.
 */
export async function runCatalogAnchored(
  tx: Pick<Tx, 'run'>,
  rules: readonly AnchoredRule[],
  anchors: ReadonlyMap<string, readonly string[]>,
  asOf: string,
): Promise<Map<string, RuleRow[]>> {
  const rows = await runRows(
    tx,
    mergedRuleRow,
    catalogAnchoredStatement(rules),
    catalogAnchoredParameters(rules, anchors, asOf),
  );
  const byRule = new Map<string, RuleRow[]>(rules.map((rule) => [rule.id, []]));
  for (const { rule, ...row } of rows) byRule.get(rules[rule]?.id as string)?.push(row);
  return byRule;
}
