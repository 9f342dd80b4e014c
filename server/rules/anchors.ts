// Anchored rules: which start point (anchor) of a rule each finding belongs to, the rule's statement restricted to a
// set of anchors (derived mechanically from its one source), and the anchors a change of some entities can affect.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { runRows } from '../db/checked-rows';
import { splitStatements } from '../db/cypher-files';
import { cypherInt, type Tx } from '../db/executor';
import {
  PARTNER_ASPECTS,
  PARTNER_DATE_PROPERTIES,
  type PartnerAspect,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  ROLE_LABELS,
} from '../model/graph-model';
import type { RuleDefinition } from './catalog';
import { type RuleRow, runRule } from './run-rule';

/** The labels a change can touch; ids as stored. */
export const TOUCHED_LABELS = ['Partner', 'Customer', 'Tenant', 'Organization', 'Subscription'] as const;
export type TouchedLabel = (typeof TOUCHED_LABELS)[number];

/** Ids by label. */
export type TouchedIds = Partial<Record<TouchedLabel, readonly string[]>>;

/**
 * What a change touched (ids as stored). By label: every entity created, removed or changed itself (its properties,
 * labels, or relationships it was written with when their type is not given in `links`). In `links`, by relationship
 * type: both ends of every relationship of that type created, changed, ended or removed (also those removed with an
 * entity). A rule that reads none of a type's relationships cannot change with them, so only the ends of the types it
 * reads lead to its anchors (`touchedFor`). A change of a country's region (a region-table reload) touches the
 * partners and tenants in that country.
 */
export type Touched = TouchedIds & {
  links?: Partial<Record<RelationshipType, TouchedIds>>;
  /** By aspect, partner accounts of which only that changed (their dates, or their roles; dates also when dated between
   * two scans' as-of dates): they count as changed themselves for the rules that read the aspect (`readsAspects`) and
   * touch no other rule. */
  aspects?: Partial<Record<PartnerAspect, TouchedIds>>;
};

/** The variable bound at a rule's start points; anchored runs seek it by id on `label`. */
export interface AnchorStart {
  variable: string;
  label: string;
}

/** How a rule is anchored, from its `@anchor` header line and its start clauses. */
export interface RuleAnchor {
  /** The subject that is the anchor, per form of `@subjects`. */
  subjects: string[];
  /** Per subject form, its number of subjects and the anchor's position: a finding's anchor is `subjects[index]` of
   * its form. Forms with the anchor at different positions differ in length, so a finding's form is known. */
  forms: { length: number; index: number }[];
  /** The start variables (one per subject form, often the same). */
  starts: AnchorStart[];
  /** The rule's statement restricted to the ids of `$anchored.ids` (parameters: `anchoredParameters`). */
  anchoredCypher: string;
  /** The rule's statement over one part of its start points (`$part`: `StartPart`), so that a full scan can split a
   * rule over sessions; null when a `// @start` block finds the start points. */
  partCypher: string | null;
  /** The statement mapping `$touched` (and `$asOf`) to the anchors (column `anchor`), from <id>.anchors.cypher. */
  anchorsCypher: string;
  /** The relationship types the rule's statement reads, from its patterns: changes of other types cannot alter it. */
  reads: readonly RelationshipType[];
  /** The partner aspects the statement reads: a change of another aspect alone cannot alter it. */
  readsAspects: readonly PartnerAspect[];
  /** The labels whose touched ids the anchors statement returns as they are (`passedThrough`): at least that many
   * anchors, known before the statement runs. */
  passThrough: readonly TouchedLabel[];
}

/** The variable the anchored statement unwinds the anchor ids into; rules must not use it. */
export const ANCHOR_ID_VARIABLE = 'anchorId';
/** The variable that holds a rule's position in the what-if's statements for the whole catalog (catalog-anchored.ts),
 * in scope where each rule's statement and anchors mapping run; neither may use it. */
export const CATALOG_RULE_VARIABLE = 'catalogRule';
/** A whole word, as a variable stands in a statement. */
const usesWord = (text: string, word: string) => new RegExp(`\\b${word}\\b`).test(text);
export const ANCHORS_SUFFIX = '.anchors.cypher';

/** `partner (p)` or `from (a) | subscription (s)`: per subject form, the anchor subject and its start variable. */
const ANCHOR_FORM = /^([a-z][a-z ]*?)\s*\((\w+)\)$/;
/** A start clause: a MATCH whose first node is the start variable with one label and no properties. */
const startLine = (variable: string) => new RegExp(`^(\\s*)MATCH \\(${variable}:(\\w+)\\)`);
/** A whole-graph discovery block, replaced by the id seek in the anchored form; with `keep`, kept after the seek. */
const BLOCK_START = /^\s*\/\/ @start (\w+):(\w+)( keep)?\s*$/;
const BLOCK_END = /^\s*\/\/ @end\s*$/;
/** A relationship pattern's bracket, like `-[:A|B]->` or `<-[sale:SELLS_TO]-`; group 1 is what is inside. */
const RELATIONSHIP_PATTERN = /-\[([^\]]*)\]-/g;
/** A relationship pattern without brackets (`--`, `-->`, `<--`) between two node patterns: it reads every type. */
const BARE_RELATIONSHIP = /\)\s*<?--+>?\s*\(/;

export class AnchorError extends Error {
  override name = 'AnchorError';
}

export function anchorsFileOf(ruleFile: string): string {
  return ruleFile.replace(/\.cypher$/, ANCHORS_SUFFIX);
}

/** The seek of one start point by id. The hint keeps it a seek whatever the statistics say: on small graphs the
 * planner may otherwise start from a date index of the pattern's relationships, or scan the id index and join, and
 * either reads them all. A plain `USING INDEX` allows the scan; `USING INDEX SEEK` does not. */
function seek({ variable, label }: AnchorStart): string {
  return `MATCH (${variable}:${label} {id: ${ANCHOR_ID_VARIABLE}}) USING INDEX SEEK ${variable}:${label}(id)`;
}

/**
 * Derives the anchored statement from a rule's source: every start clause `MATCH (v:Label)...` becomes
 * `UNWIND $anchored.ids AS anchorId MATCH (v:Label {id: anchorId}) USING INDEX SEEK ... MATCH (v)...` (an index seek on the
 * label's id), and every block
 * between `// @start v:Label` and `// @end` (a cheaper whole-graph way to find the start points) becomes that seek. A
 * block opened `// @start v:Label keep` reaches the start points from the other end of their pattern, the dense
 * side, where a partner's relationships of one type are read without walking each start point's other ones; the
 * anchored form keeps it after the seek, where the same pattern reads from the start point it was given.
 * The whole-graph statement is the source itself, so a full scan runs exactly the plan it always ran.
 */
export function anchoredStatement(
  source: string,
  variables: readonly string[],
): { cypher: string; starts: AnchorStart[] } {
  const out: string[] = [];
  const starts: AnchorStart[] = [];
  let inBlock: AnchorStart | undefined;
  let keepBlock = false;
  for (const line of source.split('\n')) {
    const block = BLOCK_START.exec(line);
    if (block) {
      if (inBlock) throw new AnchorError('a // @start block is not closed by // @end before the next one');
      inBlock = { variable: block[1] as string, label: block[2] as string };
      keepBlock = block[3] !== undefined;
      if (!variables.includes(inBlock.variable))
        throw new AnchorError(`// @start ${inBlock.variable} names no start variable of @anchor`);
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      out.push(`${indent}UNWIND $anchored.ids AS ${ANCHOR_ID_VARIABLE}`);
      out.push(`${indent}${seek(inBlock)}`);
      starts.push(inBlock);
      continue;
    }
    if (BLOCK_END.test(line)) {
      if (!inBlock) throw new AnchorError('// @end closes no // @start block');
      inBlock = undefined;
      continue;
    }
    if (inBlock) {
      if (keepBlock) out.push(line);
      continue;
    }
    let rewritten = line;
    for (const variable of variables) {
      const start = startLine(variable).exec(line);
      if (!start) continue;
      const [whole, indent, label] = start as unknown as [string, string, string];
      starts.push({ variable, label });
      const rest = line.slice(whole.length);
      rewritten =
        `${indent}UNWIND $anchored.ids AS ${ANCHOR_ID_VARIABLE}\n${indent}${seek({ variable, label })}` +
        (rest.trim() === '' ? '' : `\n${indent}MATCH (${variable})${rest}`);
    }
    out.push(rewritten);
  }
  if (inBlock) throw new AnchorError(`// @start ${inBlock.variable}:${inBlock.label} is not closed by // @end`);
  const statements = splitStatements(out.join('\n'));
  return { cypher: statements[0] ?? '', starts };
}

/** One of `count` parts of a rule's start points: those whose internal node id modulo `count` is `index`. */
export interface StartPart {
  index: number;
  count: number;
}

/**
 * Derives the statement over a part of the start points: every start clause `MATCH (v:Label)...` becomes
 * `MATCH (v:Label WHERE id(v) % $part.count = $part.index)...`. The parts partition the start points, and a
 * start point's findings do not depend on the others (docs/rules.md, Anchors), so together they find what the whole
 * statement finds. Each part still reads the label in store order: parts by ranges of the `id` property read the
 * start points in the index's order instead, scattered over the store, and took twice as long per start point
 * (measured at 1,000,000 customers). Null for a rule whose start points a `// @start` block finds.
 */
export function partStatement(source: string, variables: readonly string[]): string | null {
  if (source.split('\n').some((line) => BLOCK_START.test(line))) return null;
  const out = source.split('\n').map((line) => {
    for (const variable of variables) {
      const start = startLine(variable).exec(line);
      if (!start) continue;
      const [whole, indent, label] = start as unknown as [string, string, string];
      // The predicate sits inside the node pattern, so a WHERE that follows the clause still belongs to it.
      return `${indent}MATCH (${variable}:${label} WHERE id(${variable}) % $part.count = $part.index)${line.slice(whole.length)}`;
    }
    return line;
  });
  return splitStatements(out.join('\n'))[0] ?? null;
}

/** A statement's text without its whole-line comments. */
function withoutComments(source: string): string {
  return source
    .split('\n')
    .map((line) => line.replace(/^\s*\/\/.*$/, ''))
    .join('\n');
}

/**
 * The relationship types a rule's statement reads: every type named in its relationship patterns, or all types when a
 * pattern names none. Comments are left out; a rule's statement holds no other text that looks like a pattern.
 */
export function relationshipTypesRead(source: string): RelationshipType[] {
  const code = withoutComments(source);
  if (BARE_RELATIONSHIP.test(code)) return [...RELATIONSHIP_TYPES];
  const read = new Set<string>();
  for (const [, inside] of code.matchAll(RELATIONSHIP_PATTERN)) {
    const types = /:\s*(:?\w+(?:\s*\|\s*:?\w+)*)/.exec(inside as string)?.[1];
    if (!types) return [...RELATIONSHIP_TYPES];
    for (const type of types.split('|')) read.add(type.trim().replace(/^:/, ''));
  }
  return RELATIONSHIP_TYPES.filter((type) => read.has(type));
}

/** How a statement shows it reads each partner aspect: its dates by a property access or projection by name, or all
 * of a node's properties at once (`properties(n)`, `n {.*}`); its roles by a role label, or all of a node's labels. */
const ASPECT_READ: Record<PartnerAspect, RegExp> = {
  dates: new RegExp(`\\.(${PARTNER_DATE_PROPERTIES.join('|')})\\b|\\bproperties\\s*\\(|\\.\\*`),
  roles: new RegExp(`:\\s*(${Object.values(ROLE_LABELS).join('|')})\\b|\\blabels\\s*\\(`),
};

/** The partner aspects a rule's statement reads. Comments are left out. */
export function partnerAspectsRead(source: string): PartnerAspect[] {
  const code = withoutComments(source);
  return PARTNER_ASPECTS.filter((aspect) => ASPECT_READ[aspect].test(code));
}

/** A union part returning listed touched ids as they are: `UNWIND $touched.A + $touched.B AS id RETURN id AS anchor`. */
const PASS_THROUGH = /UNWIND ([^\n]*?) AS (\w+)\s*\n\s*RETURN \2 AS anchor\b/g;

/** The labels whose touched ids (`$touched.<Label>`) an anchors statement returns as they are. Only a part that is a
 * plain sum of such lists counts: anything else might leave ids out. Comments are left out. */
export function passedThrough(anchorsSource: string): TouchedLabel[] {
  const labels = new Set<string>();
  for (const [, list] of withoutComments(anchorsSource).matchAll(PASS_THROUGH)) {
    const terms = (list as string).split('+').map((term) => /^\$touched\.(\w+)$/.exec(term.trim())?.[1]);
    if (terms.some((term) => term === undefined)) continue;
    for (const term of terms) labels.add(term as string);
  }
  return TOUCHED_LABELS.filter((label) => labels.has(label));
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
  } else if (
    indexes.some((index, i) =>
      indexes.some((other, j) => other !== index && subjects[i]?.length === subjects[j]?.length),
    )
  ) {
    problems.push(
      `${shown} has @anchor '${anchorText}' at different positions of subject forms of the same length, which leaves a finding's anchor ambiguous: use one position for the anchor subject in forms of the same length`,
    );
  }
  for (const reserved of [ANCHOR_ID_VARIABLE, CATALOG_RULE_VARIABLE]) {
    if (usesWord(source, reserved))
      problems.push(`${shown} uses the variable ${reserved}, which anchored runs reserve: rename it`);
    if (anchorsSource !== undefined && usesWord(anchorsSource, reserved))
      problems.push(`${anchorsFileOf(shown)} uses the variable ${reserved}, which anchored runs reserve: rename it`);
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
      subjects: parsed.map(({ subject }) => subject),
      forms: indexes.map((index, i) => ({ length: subjects[i]?.length ?? 0, index })),
      starts: derived.starts,
      anchoredCypher: derived.cypher,
      partCypher: partStatement(source, variables),
      anchorsCypher: splitStatements(anchorsSource)[0] as string,
      reads: relationshipTypesRead(source),
      readsAspects: partnerAspectsRead(source),
      passThrough: passedThrough(anchorsSource),
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
export function anchorOfSubjects(rule: { anchor: Pick<RuleAnchor, 'forms'> }, subjects: readonly string[]): string {
  const form = rule.anchor.forms.find(({ length }) => length === subjects.length) ?? rule.anchor.forms[0];
  return subjects[form?.index ?? 0] as string;
}

/** The entities of `touched` changed only in an aspect the rule reads, one part per aspect. */
function aspectsRead(rule: { anchor: Pick<RuleAnchor, 'readsAspects'> }, touched: Touched): TouchedIds[] {
  return rule.anchor.readsAspects.map((aspect) => touched.aspects?.[aspect] ?? {});
}

/**
 * What of `touched` can alter `rule`: the entities changed themselves and the ends of the changed relationships of
 * the types the rule reads, by label, every label present (so an anchors statement reads `$touched.Partner` without
 * null checks), without repeats.
 */
export function touchedFor(
  rule: { anchor: Pick<RuleAnchor, 'reads' | 'readsAspects'> },
  touched: Touched,
): Record<TouchedLabel, string[]> {
  const key = `${rule.anchor.reads.join(',')}|${rule.anchor.readsAspects.join(',')}`;
  let known = touchedForAnswers.get(touched);
  if (!known) {
    known = new Map();
    touchedForAnswers.set(touched, known);
  }
  const cached = known.get(key);
  if (cached) return cached;
  const sources = [
    touched,
    ...aspectsRead(rule, touched),
    ...rule.anchor.reads.map((type) => touched.links?.[type] ?? {}),
  ];
  const answer = Object.fromEntries(
    TOUCHED_LABELS.map((label) => [label, [...new Set(sources.flatMap((ids) => ids[label] ?? []))]]),
  ) as Record<TouchedLabel, string[]>;
  known.set(key, answer);
  return answer;
}

/** touchedFor's answers per change, by what a rule reads. An incremental scan asks for the same rules several times
 * (its cost estimate, the order of its searches, each search and the findings concerned), and with as many touched
 * ids as a day's changes at 1,000,000 customers one pass over the catalog took 0.3-0.5 s (timed once). A Touched is
 * not changed once built, and no caller changes an answer. */
const touchedForAnswers = new WeakMap<Touched, Map<string, Record<TouchedLabel, string[]>>>();

/**
 * The `$touched` parameter of a rule's anchors statement. By label, as `touchedFor` gives it (so a mapping that needs
 * no more reads `$touched.Partner`); `changed`: the entities changed themselves; `links`: by relationship type, the
 * ends of the changed relationships of each type the rule reads (every type and label present, empty when none). A
 * rule anchored at the small end of a relationship (a customer, a subscription) maps the ends of a new relationship to
 * themselves and only an entity changed itself to everything around it: a new sale of a large distributor then
 * re-checks one customer, not the distributor's book.
 */
export interface AnchorsParameter extends Record<TouchedLabel, string[]> {
  changed: Record<TouchedLabel, string[]>;
  links: Record<RelationshipType, Record<TouchedLabel, string[]>>;
}

const byLabel = (parts: readonly TouchedIds[]): Record<TouchedLabel, string[]> =>
  Object.fromEntries(
    TOUCHED_LABELS.map((label) => [label, [...new Set(parts.flatMap((ids) => ids[label] ?? []))]]),
  ) as Record<TouchedLabel, string[]>;

/** A rule's `$touched` (see AnchorsParameter). */
export function anchorsParameter(
  rule: { anchor: Pick<RuleAnchor, 'reads' | 'readsAspects'> },
  touched: Touched,
): AnchorsParameter {
  const { links: _links, aspects: _aspects, ...changed } = touched;
  const reads = new Set(rule.anchor.reads);
  return {
    ...touchedFor(rule, touched),
    changed: byLabel([changed, ...aspectsRead(rule, touched)]),
    links: Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => [type, byLabel(reads.has(type) ? [touched.links?.[type] ?? {}] : [])]),
    ) as AnchorsParameter['links'],
  };
}

/** Every entity `touched` names, changed itself or the end of a changed relationship of any type, by label. */
export function everyTouched(touched: Touched): Record<TouchedLabel, string[]> {
  return touchedFor({ anchor: { reads: RELATIONSHIP_TYPES, readsAspects: PARTNER_ASPECTS } }, touched);
}

/** The union of several changes. */
export function touchedTogether(all: readonly Touched[]): Touched {
  const merge = (parts: readonly TouchedIds[]): TouchedIds =>
    Object.fromEntries(TOUCHED_LABELS.map((label) => [label, parts.flatMap((ids) => ids[label] ?? [])]));
  return {
    ...merge(all),
    aspects: Object.fromEntries(
      PARTNER_ASPECTS.map((aspect) => [aspect, merge(all.map((touched) => touched.aspects?.[aspect] ?? {}))]),
    ),
    links: Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => [type, merge(all.map((touched) => touched.links?.[type] ?? {}))]),
    ),
  };
}

const isEmpty = (ids: Record<TouchedLabel, string[]>) => TOUCHED_LABELS.every((label) => ids[label].length === 0);

/** Whether anything of `touched` can alter `rule` (see touchedFor): a rule it does not reach needs no search. */
export function reaches(rule: { anchor: Pick<RuleAnchor, 'reads' | 'readsAspects'> }, touched: Touched): boolean {
  return !isEmpty(touchedFor(rule, touched));
}

/** A row of a rule's anchors statement (docs/rules.md, Anchors): a start point, or null where a match has none. */
const anchorRow = z.object({ anchor: z.string().nullable() });

/**
 * The start points (anchor ids) of each rule whose findings a change of `touched` can alter, read in the graph after
 * the change, as of `asOf`. The statements ignore dates (a superset is sound), so they need no previous graph: a
 * removed relationship is found through its ends, which `Touched` includes. Sorted, without repeats; a rule nothing
 * of `touched` can alter gets none.
 *
 * Each rule is its own statement, all sent at once in the transaction (the driver pipelines them), so that a scan can
 * bound each rule's search (`limits`); a what-if, which needs no bound, searches with one statement for the whole
 * catalog (catalog-anchored.ts).
 */
export async function anchorsOfRules(
  tx: Pick<Tx, 'run'>,
  rules: readonly {
    id: string;
    anchor: Pick<RuleAnchor, 'anchorsCypher' | 'reads' | 'readsAspects' | 'passThrough'>;
  }[],
  touched: Touched,
  asOf: string,
  /** At most this many anchors of a rule are looked for (by rule id): past it the caller evaluates the rule whole,
   * so finding the rest would be wasted work. */
  limits?: ReadonlyMap<string, number>,
): Promise<Map<string, string[]>> {
  const anchors = new Map<string, string[]>(rules.map((rule) => [rule.id, []]));
  const reached: (typeof rules)[number][] = [];
  for (const rule of rules) {
    if (!reaches(rule, touched)) continue;
    const ids = touchedFor(rule, touched);
    // Past its limit from the touched ids it returns as they are, a rule's search would be wasted: it runs whole.
    const passed = [...new Set(rule.anchor.passThrough.flatMap((label) => ids[label]))];
    if (passed.length >= (limits?.get(rule.id) ?? Infinity)) anchors.set(rule.id, passed.sort());
    else reached.push(rule);
  }
  const found = await Promise.all(
    reached.map((rule) => {
      const limit = limits?.get(rule.id);
      return runRows(tx, anchorRow, anchorsStatement(rule, limit !== undefined), {
        asOf,
        touched: anchorsParameter(rule, touched),
        ...(limit === undefined ? {} : { limit: cypherInt(limit) }),
      });
    }),
  );
  reached.forEach((rule, index) => {
    const ids = (found[index] ?? []).map((row) => row.anchor).filter((id): id is string => id !== null);
    anchors.set(rule.id, [...new Set(ids)].sort());
  });
  return anchors;
}

/** A rule's anchors statement, or (`limited`) the same with at most `$limit` distinct anchors. */
export function anchorsStatement(rule: { anchor: Pick<RuleAnchor, 'anchorsCypher'> }, limited: boolean): string {
  return limited
    ? `CALL () {\n${rule.anchor.anchorsCypher.replace(/;\s*$/, '')}\n}\nRETURN DISTINCT anchor LIMIT $limit`
    : rule.anchor.anchorsCypher;
}

/** The anchors of one rule (see anchorsOfRules). */
export async function anchorsOf(
  tx: Pick<Tx, 'run'>,
  rule: { id: string; anchor: Pick<RuleAnchor, 'anchorsCypher' | 'reads' | 'readsAspects' | 'passThrough'> },
  touched: Touched,
  asOf: string,
): Promise<string[]> {
  return (await anchorsOfRules(tx, [rule], touched, asOf)).get(rule.id) ?? [];
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
