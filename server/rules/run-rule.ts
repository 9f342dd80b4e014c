// Runs one catalog rule as of a date, over the whole graph or from some anchors, and returns its rows, typed as
// docs/rules.md defines them.
import { z } from 'zod';
import { readRows, runRows } from '../db/checked-rows';
import { cypherInt, type Executor, type Tx } from '../db/executor';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../model/graph-model';
import { isRealDate } from '../shared/dates';
import type { StartPart } from './anchors';
import type { RuleDefinition } from './catalog';

/** An entity of a finding's evidence: one of the model's nodes. */
export const evidenceNode = z.object({ id: z.string(), label: z.enum(NODE_LABELS), name: z.string().nullable() });
export type EvidenceNode = z.infer<typeof evidenceNode>;

/** A relationship of a finding's evidence, between the ids of two evidence nodes. */
export const evidenceEdge = z.object({ type: z.enum(RELATIONSHIP_TYPES), from: z.string(), to: z.string() });
export type EvidenceEdge = z.infer<typeof evidenceEdge>;

/** One finding as a rule returns it: the columns every rule has (docs/rules.md, Columns every rule returns). A scan
 * checks every row of every rule, tens of thousands at a million customers: the shape stays this flat (the evidence
 * lists hold small maps of text), so checking costs little beside the statement. */
export const ruleRow = z.object({
  subjects: z.array(z.string()),
  message: z.string(),
  nodes: z.array(evidenceNode),
  edges: z.array(evidenceEdge),
  region: z.string().nullable(),
  partnerId: z.string().nullable(),
});
export type RuleRow = z.infer<typeof ruleRow>;

export class RuleRunError extends Error {
  override name = 'RuleRunError';
}

export interface RunRuleOptions {
  /**
   * Only the findings of these start points (anchor ids, docs/rules.md, Anchors); null or absent: the whole graph.
   * For every anchor a, the whole graph's findings anchored at a are exactly the rows of a run anchored at [a].
   */
  anchors?: readonly string[] | null;
  /** Only this part of the start points (a part of a split full scan); not with `anchors`. */
  part?: StartPart;
  /** Only for a run on an executor (its own read transaction); a transaction has its own timeout. */
  timeoutMs?: number;
}

function isExecutor(on: Executor | Pick<Tx, 'run'>): on is Executor {
  return 'read' in on;
}

/** The parameters of a rule's anchored statement. The ids sit inside a map for the reason `inBatch` gives: planning a
 * rule's statement costs a third of a second, and this way each rule is planned once whatever the number of anchors.
 * The hinted seek keeps the plan right for any number of ids. */
export function anchoredParameters(asOf: string, anchors: readonly string[]) {
  return { asOf, anchored: { ids: [...new Set(anchors)] } };
}

/** Runs `rule` on an executor (in a read transaction of its own) or inside the transaction `on`. */
export async function runRule(
  on: Executor | Pick<Tx, 'run'>,
  rule: Pick<RuleDefinition, 'id' | 'cypher' | 'file' | 'anchor'>,
  asOf: string,
  options: RunRuleOptions = {},
): Promise<RuleRow[]> {
  if (!isRealDate(asOf)) throw new RuleRunError(`The as-of date must be a real date written YYYY-MM-DD, got '${asOf}'`);
  const anchors = options.anchors == null ? null : [...new Set(options.anchors)];
  if (anchors?.length === 0) return [];
  const part = options.part;
  if (part && (anchors !== null || !rule.anchor.partCypher))
    throw new RuleRunError(
      `Rule ${rule.id} cannot run over a part of its start points${anchors === null ? '' : ' and anchors at once'}`,
    );
  const cypher =
    anchors !== null ? rule.anchor.anchoredCypher : part ? (rule.anchor.partCypher as string) : rule.cypher;
  const params =
    anchors !== null
      ? anchoredParameters(asOf, anchors)
      : part
        ? { asOf, part: { index: cypherInt(part.index), count: cypherInt(part.count) } }
        : { asOf };
  try {
    if (!isExecutor(on)) return await runRows(on, ruleRow, cypher, params);
    return await readRows(
      on,
      ruleRow,
      cypher,
      params,
      options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
    );
  } catch (error) {
    throw new RuleRunError(`Rule ${rule.id} (${rule.file}) failed: ${(error as Error).message}`, { cause: error });
  }
}
