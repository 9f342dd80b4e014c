// Runs one catalog rule as of a date in a read transaction and returns its rows, typed as docs/rules.md defines them.
import type { Executor } from '../db/executor';
import { isRealDate } from '../import/import-schema';
import type { RuleDefinition } from './catalog';

/** An entity of a finding's evidence; `label` is one of the model's node labels. */
export interface EvidenceNode {
  id: string;
  label: string;
  name: string | null;
}

/** A relationship of a finding's evidence, between the ids of two evidence nodes. */
export interface EvidenceEdge {
  type: string;
  from: string;
  to: string;
}

/** One finding as a rule returns it: the columns every rule has (docs/rules.md, Columns every rule returns). */
export interface RuleRow {
  subjects: string[];
  message: string;
  nodes: EvidenceNode[];
  edges: EvidenceEdge[];
  region: string | null;
  partnerId: string | null;
}

export class RuleRunError extends Error {
  override name = 'RuleRunError';
}

export async function runRule(
  executor: Executor,
  rule: Pick<RuleDefinition, 'id' | 'cypher' | 'file'>,
  asOf: string,
  options: { timeoutMs?: number } = {},
): Promise<RuleRow[]> {
  if (!isRealDate(asOf)) throw new RuleRunError(`The as-of date must be a real date written YYYY-MM-DD, got '${asOf}'`);
  try {
    return await executor.read<RuleRow>(rule.cypher, { asOf }, options);
  } catch (error) {
    throw new RuleRunError(`Rule ${rule.id} (${rule.file}) failed: ${(error as Error).message}`, { cause: error });
  }
}
