// Anchored rules: which start point (anchor) of a rule each finding belongs to, the rule's statement restricted to a
// set of anchors (derived mechanically from its one source), and the anchors a change of some entities can affect.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitStatements } from '../db/cypher-files';
import type { Tx } from '../db/executor';
import type { RuleDefinition } from './catalog';
import { type RuleRow, runRule } from './run-rule';

/** The labels a change can touch; ids as stored. */
export const TOUCHED_LABELS = ['Partner', 'Customer', 'Tenant', 'Organization', 'Subscription'] as const;
export type TouchedLabel = (typeof TOUCHED_LABELS)[number];

/**
 * Entities a change touched, by label (ids as stored): every entity created, removed or changed, and both ends of
 * every relationship created, changed, ended or removed (also those removed with an entity). A change of a
 * country's region (a region-table reload) touches the partners and tenants in that country.
 */
export type Touched = Partial<Record<TouchedLabel, readonly string[]>>;

/** The variable bound at a rule's start points; anchored runs seek it by id on `label`. */
export interface AnchorStart {
  variable: string;
  label: string;
}

/** How a rule is anchored, from its `@anchor` header line and its start clauses. */
export interface RuleAnchor {
  /** The subject that is the anchor, in every form of `@subjects`. */
  subject: string;
  /** Its position in every subject form: a finding's anchor is `subjects[index]`. */
  index: number;
  /** The start variables (one per subject form, often the same). */
  starts: AnchorStart[];
  /** The rule's statement restricted to the ids in `$anchors`. */
  anchoredCypher: string;
  /** The statement mapping `$touched` (and `$asOf`) to the anchors (column `anchor`), from <id>.anchors.cypher. */
  anchorsCypher: string;
}

/** The variable the anchored statement unwinds `$anchors` into; rules must not use it. */
export const ANCHOR_ID_VARIABLE = 'anchorId';
export const ANCHORS_SUFFIX = '.anchors.cypher';

/** `partner (p)` or `from (a) | subscription (s)`: per subject form, the anchor subject and its start variable. */
const ANCHOR_FORM = /^([a-z][a-z ]*?)\s*\((\w+)\)$/;
/** A start clause: a MATCH whose first node is the start variable with one label and no properties. */
const startLine = (variable: string) => new RegExp(`^(\\s*)MATCH \\(${variable}:(\\w+)\\)`);
/** A whole-graph discovery block, replaced by the id seek in the anchored form. */
const BLOCK_START = /^\s*\/\/ @start (\w+):(\w+)\s*$/;
const BLOCK_END = /^\s*\/\/ @end\s*$/;

export class AnchorError extends Error {
  override name = 'AnchorError';
}

export function anchorsFileOf(ruleFile: string): string {
  return ruleFile.replace(/\.cypher$/, ANCHORS_SUFFIX);
}

/** The seek of one start point by id. The hint keeps it the plan's start whatever the statistics say: on small
 * graphs the planner may otherwise start from a date index of the pattern's relationships, which reads them all. */
function seek({ variable, label }: AnchorStart): string {
  return `MATCH (${variable}:${label} {id: ${ANCHOR_ID_VARIABLE}}) USING INDEX ${variable}:${label}(id)`;
}

/**
 * Derives the anchored statement from a rule's source: every start clause `MATCH (v:Label)...` becomes
 * `UNWIND $anchors AS anchorId MATCH (v:Label {id: anchorId}) USING INDEX ... MATCH (v)...` (an index seek on the
 * label's id), and every block
 * between `// @start v:Label` and `// @end` (a cheaper whole-graph way to find the start points) becomes that seek.
 * The whole-graph statement is the source itself, so a full scan runs exactly the plan it always ran.
 */
export function anchoredStatement(
  source: string,
  variables: readonly string[],
): { cypher: string; starts: AnchorStart[] } {
  const out: string[] = [];
  const starts: AnchorStart[] = [];
  let inBlock: AnchorStart | undefined;
  for (const line of source.split('\n')) {
    const block = BLOCK_START.exec(line);
    if (block) {
      if (inBlock) throw new AnchorError('a // @start block is not closed by // @end before the next one');
      inBlock = { variable: block[1] as string, label: block[2] as string };
      if (!variables.includes(inBlock.variable))
        throw new AnchorError(`// @start ${inBlock.variable} names no start variable of @anchor`);
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      out.push(`${indent}UNWIND $anchors AS ${ANCHOR_ID_VARIABLE}`);
      out.push(`${indent}${seek(inBlock)}`);
      starts.push(inBlock);
      continue;
    }
    if (BLOCK_END.test(line)) {
      if (!inBlock) throw new AnchorError('// @end closes no // @start block');
      inBlock = undefined;
      continue;
    }
    if (inBlock) continue;
    let rewritten = line;
    for (const variable of variables) {
      const start = startLine(variable).exec(line);
      if (!start) continue;
      const [whole, indent, label] = start as unknown as [string, string, string];
      starts.push({ variable, label });
      const rest = line.slice(whole.length);
      rewritten =
        `${indent}UNWIND $anchors AS ${ANCHOR_ID_VARIABLE}\n${indent}${seek({ variable, label })}` +
        (rest.trim() === '' ? '' : `\n${indent}MATCH (${variable})${rest}`);
    }
    out.push(rewritten);
  }
  if (inBlock) throw new AnchorError(`// @start ${inBlock.variable}:${inBlock.label} is not closed by // @end`);
  const statements = splitStatements(out.join('\n'));
  return { cypher: statements[0] ?? '', starts };
}

/**
 * Reads a rule's `@anchor` value against its subject forms and source; every problem says how to fix it.
 * `anchorsSource` is the text of <id>.anchors.cypher, or undefined when that file is missing.
 */
export function readAnchor(
  anchorText: string,
  subjects: readonly (readonly string[])[],
  source: string,
  anchorsSource: string | undefined,
  shown: string,
): { anchor?: RuleAnchor; problems: string[] } {
  const problems: string[] = [];
  const forms = anchorText.split('|').map((part) => ANCHOR_FORM.exec(part.trim()));
  if (forms.some((form) => form === null) || forms.length !== subjects.length) {
    problems.push(
      `${shown} has @anchor '${anchorText}': name, for each subject form (${subjects.length}, separated by |), the subject that is the rule's start point and its variable, like \`// @anchor partner (p)\` (docs/rules.md, Anchors)`,
    );
    return { problems };
  }
  const parsed = forms.map((form) => ({ subject: form?.[1] as string, variable: form?.[2] as string }));
  const indexes = parsed.map(({ subject }, i) => subjects[i]?.indexOf(subject) ?? -1);
  if (indexes.some((index) => index < 0)) {
    problems.push(
      `${shown} has @anchor '${anchorText}', which names a subject its @subjects form lacks: use one of that form's subjects`,
    );
  } else if (new Set(indexes).size !== 1) {
    problems.push(
      `${shown} has @anchor '${anchorText}' at different positions of its subject forms: put the anchor subject at the same position in every form`,
    );
  }
  if (new RegExp(`\\b${ANCHOR_ID_VARIABLE}\\b`).test(source)) {
    problems.push(`${shown} uses the variable ${ANCHOR_ID_VARIABLE}, which anchored runs reserve: rename it`);
  }
  const variables = [...new Set(parsed.map(({ variable }) => variable))];
  let derived: { cypher: string; starts: AnchorStart[] } | undefined;
  try {
    derived = anchoredStatement(source, variables);
  } catch (error) {
    problems.push(`${shown}: ${(error as Error).message} (docs/rules.md, Anchors)`);
  }
  for (const variable of variables) {
    if (derived && !derived.starts.some((start) => start.variable === variable)) {
      problems.push(
        `${shown} has no start clause for its anchor variable ${variable}: add one, beginning a line with \`MATCH (${variable}:Label)\`, or wrap the whole-graph search for it in \`// @start ${variable}:Label\` ... \`// @end\` (docs/rules.md, Anchors)`,
      );
    }
  }
  if (anchorsSource === undefined) {
    problems.push(
      `${shown} has no ${path.basename(anchorsFileOf(shown))}: write the statement that maps $touched to the rule's anchors (column anchor) beside it (docs/rules.md, Anchors)`,
    );
  } else if (splitStatements(anchorsSource).length !== 1) {
    problems.push(
      `${anchorsFileOf(shown)} holds no single statement: keep exactly one Cypher statement, ended by a semicolon`,
    );
  } else if (/\bTODO\b/.test(anchorsSource)) {
    problems.push(
      `${anchorsFileOf(shown)} still has a TODO placeholder: write the real mapping from $touched to anchors`,
    );
  }
  if (problems.length > 0 || !derived || anchorsSource === undefined) return { problems };
  return {
    anchor: {
      subject: parsed[0]?.subject as string,
      index: indexes[0] as number,
      starts: derived.starts,
      anchoredCypher: derived.cypher,
      anchorsCypher: splitStatements(anchorsSource)[0] as string,
    },
    problems,
  };
}

/** The sibling anchors file's text, or undefined when there is none. */
export function readAnchorsSource(ruleFile: string): string | undefined {
  const file = anchorsFileOf(ruleFile);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The anchor of a finding: which of a row's subjects is its start point (from the rule's @anchor). */
export function anchorOfSubjects(rule: { anchor: Pick<RuleAnchor, 'index'> }, subjects: readonly string[]): string {
  return subjects[rule.anchor.index] as string;
}

/** Every label present, so an anchors statement can read `$touched.Partner` without null checks. */
export function touchedParameter(touched: Touched): Record<TouchedLabel, string[]> {
  return Object.fromEntries(TOUCHED_LABELS.map((label) => [label, [...new Set(touched[label] ?? [])]])) as Record<
    TouchedLabel,
    string[]
  >;
}

/**
 * The start points (anchor ids) of `rule` whose findings a change of `touched` can alter, read in the graph after
 * the change, as of `asOf`. The statements ignore dates (a superset is sound), so they need no previous graph: a
 * removed relationship is found through its ends, which `Touched` includes. Sorted, without repeats.
 */
export async function anchorsOf(
  tx: Pick<Tx, 'run'>,
  rule: { anchor: Pick<RuleAnchor, 'anchorsCypher'> },
  touched: Touched,
  asOf: string,
): Promise<string[]> {
  const parameter = touchedParameter(touched);
  if (TOUCHED_LABELS.every((label) => parameter[label].length === 0)) return [];
  const rows = await tx.run<{ anchor: string | null }>(rule.anchor.anchorsCypher, { touched: parameter, asOf });
  return [...new Set(rows.map((row) => row.anchor).filter((id): id is string => id !== null))].sort();
}

/**
 * A rule's rows after a change, from its rows before it: the rows of the anchors `touched` leads to are dropped and
 * the rule re-run from those anchors; every other row is carried over. By the anchored contract (docs/rules.md,
 * Anchors) the result equals a whole-graph run after the change.
 */
export async function recheckRule(
  tx: Pick<Tx, 'run'>,
  rule: Pick<RuleDefinition, 'id' | 'cypher' | 'file' | 'anchor'>,
  previous: readonly RuleRow[],
  touched: Touched,
  asOf: string,
): Promise<RuleRow[]> {
  const anchors = await anchorsOf(tx, rule, touched, asOf);
  if (anchors.length === 0) return [...previous];
  const dropped = new Set(anchors);
  const kept = previous.filter((row) => !dropped.has(anchorOfSubjects(rule, row.subjects)));
  return [...kept, ...(await runRule(tx, rule, asOf, { anchors }))];
}
