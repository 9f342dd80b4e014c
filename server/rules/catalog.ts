// The rule catalog: every cypher/rules/<id>.cypher file, its `//` metadata header read into a RuleDefinition.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { CYPHER_DIR, splitStatements } from '../db/cypher-files';
import { isSeverity, SEVERITIES, type Severity } from '../scan/finding';
import { ANCHORS_SUFFIX, type RuleAnchor, readAnchor, readAnchorsSource } from './anchors';

export const RULES_DIR = path.join(CYPHER_DIR, 'rules');
export const RULE_EXTENSION = '.cypher';
/** The rule contract; its tables of the rules are generated from the headers (`npm run docs:rules`). */
export const RULES_DOC = path.join(PROJECT_ROOT, 'docs', 'rules.md');

/** Every header key, in the order docs/rules.md lists them; `remediation` is the only one that repeats. */
export const HEADER_KEYS = [
  'id',
  'title',
  'severity',
  'clause',
  'description',
  'remediation',
  'subjects',
  'partner',
  'anchor',
] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

/** A rule id: lower-case words joined by hyphens, like the file names of the rest of the product. */
export const RULE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface RuleDefinition {
  id: string;
  title: string;
  severity: Severity;
  /** The policy document and section the rule follows, paraphrased. */
  clause: string;
  description: string;
  /** The ways out the policy offers, one per line of the header. */
  remediation: string[];
  /** The forms a finding's subjects take (most rules have one), each naming the entities in order. */
  subjects: string[][];
  /** Which partner account a finding is about (its `partnerId` column), in words. */
  partner: string;
  /** Its start points: which subject a finding is anchored at, and the rule restricted to a set of anchors. */
  anchor: RuleAnchor;
  /** The one statement to run, without the header and the closing semicolon. */
  cypher: string;
  /** The whole file as written, header included. */
  source: string;
  /** Where it was read from, relative to the project root (for messages). */
  file: string;
}

/** Something wrong with the catalog, with the file it concerns and what to do about it. */
export interface CatalogProblem {
  file: string;
  message: string;
}

export class CatalogError extends Error {
  override name = 'CatalogError';
  constructor(readonly problems: CatalogProblem[]) {
    super(`The rule catalog has ${problems.length} problem(s):\n${problems.map((p) => `- ${p.message}`).join('\n')}`);
  }
}

/** A path as messages show it: relative to the project when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** `a, b | c, d` -> [['a', 'b'], ['c', 'd']]: alternative forms separated by `|`, names by commas. */
export function parseSubjects(text: string): string[][] {
  return text.split('|').map((form) =>
    form
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name.length > 0),
  );
}

export function formatSubjects(forms: readonly (readonly string[])[]): string {
  return forms.map((form) => form.join(', ')).join(' | ');
}

/** The header's key/value lines; a `//` line without `@key` continues the value above it. */
function readHeader(source: string, shown: string): { entries: [string, string][]; problems: CatalogProblem[] } {
  const entries: [string, string][] = [];
  const problems: CatalogProblem[] = [];
  for (const line of source.split('\n')) {
    if (!line.startsWith('//')) break;
    const text = line.slice(2).trim();
    const key = /^@(\S+)\s*(.*)$/.exec(text);
    const last = entries.at(-1);
    if (key) entries.push([key[1] as string, (key[2] as string).trim()]);
    else if (last) last[1] = `${last[1]} ${text}`.trim();
    else {
      problems.push({
        file: shown,
        message: `${shown} must open with its metadata header: make the first line \`// @id ${path.basename(shown, RULE_EXTENSION)}\` (docs/rules.md, Header)`,
      });
      break;
    }
  }
  return { entries, problems };
}

export interface ParsedRule {
  /** The header's @id, when it has one (even if other parts are broken). */
  id?: string;
  rule?: RuleDefinition;
  problems: CatalogProblem[];
}

/**
 * Reads one rule file's header and statement, and its anchors file's text (`anchorsSource`, undefined when missing);
 * every problem says how to fix it.
 */
export function parseRule(file: string, source: string, anchorsSource: string | undefined): ParsedRule {
  const shown = displayPath(file);
  const fileId = path.basename(file, RULE_EXTENSION);
  const { entries, problems } = readHeader(source, shown);
  const values = new Map<string, string[]>();
  for (const [key, value] of entries) values.set(key, [...(values.get(key) ?? []), value]);

  for (const [key, found] of values) {
    if (!(HEADER_KEYS as readonly string[]).includes(key)) {
      problems.push({
        file: shown,
        message: `${shown} has an unknown header key @${key}: use only ${HEADER_KEYS.map((k) => `@${k}`).join(', ')} (docs/rules.md, Header)`,
      });
    } else if (key !== 'remediation' && found.length > 1) {
      problems.push({ file: shown, message: `${shown} has @${key} ${found.length} times: keep one` });
    }
  }
  for (const key of HEADER_KEYS) {
    const found = values.get(key) ?? [];
    if (found.length === 0 || found.every((value) => value === '')) {
      problems.push({
        file: shown,
        message: `${shown} has no @${key}: add a line \`// @${key} ...\` to its header (docs/rules.md, Header)`,
      });
    } else if (found.some((value) => /^TODO\b/.test(value))) {
      problems.push({
        file: shown,
        message: `${shown} still has a TODO placeholder in @${key}: write the real ${key}`,
      });
    }
  }

  const one = (key: HeaderKey) => values.get(key)?.[0] ?? '';
  const id = one('id');
  if (id && id !== fileId) {
    problems.push({
      file: shown,
      message: `${shown} has @id ${id}, but the id must equal the file name: set \`// @id ${fileId}\` or rename the file to ${id}${RULE_EXTENSION}`,
    });
  }
  if (id && !RULE_ID_PATTERN.test(id)) {
    problems.push({
      file: shown,
      message: `${shown} has @id '${id}': write the id in kebab-case, like cross-region-sale`,
    });
  }
  const severity = one('severity');
  if (severity && !/^TODO\b/.test(severity) && !isSeverity(severity)) {
    problems.push({
      file: shown,
      message: `${shown} has @severity '${severity}': use one of ${SEVERITIES.join(', ')}`,
    });
  }
  const subjects = parseSubjects(one('subjects'));
  if (one('subjects') && subjects.some((form) => form.length === 0)) {
    problems.push({
      file: shown,
      message: `${shown} has an empty form in @subjects '${one('subjects')}': name the entities, like \`partner, customer\``,
    });
  }
  const statements = splitStatements(source);
  if (statements.length !== 1) {
    problems.push({
      file: shown,
      message: `${shown} holds ${statements.length} statements: keep exactly one Cypher statement in a rule, ended by a semicolon`,
    });
  }
  if (problems.length > 0) return { id: id || undefined, problems };
  const { anchor, problems: anchorProblems } = readAnchor(one('anchor'), subjects, source, anchorsSource, shown);
  problems.push(...anchorProblems.map((message) => ({ file: shown, message })));
  if (!anchor) return { id, problems };
  return {
    id,
    rule: {
      id,
      title: one('title'),
      severity: severity as Severity,
      clause: one('clause'),
      description: one('description'),
      remediation: values.get('remediation') ?? [],
      subjects,
      partner: one('partner'),
      anchor,
      cypher: statements[0] as string,
      source,
      file: shown,
    },
    problems,
  };
}

/** The rule files of a folder (not their anchors files), sorted by name. */
export function ruleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(RULE_EXTENSION) && !name.endsWith(ANCHORS_SUFFIX))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Parses every rule of a folder; the problems cover the headers and duplicate ids, not fixtures or docs. */
export function readCatalog(dir: string = RULES_DIR): { rules: RuleDefinition[]; problems: CatalogProblem[] } {
  const rules: RuleDefinition[] = [];
  const problems: CatalogProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of ruleFiles(dir)) {
    const parsed = parseRule(file, readFileSync(file, 'utf8'), readAnchorsSource(file));
    problems.push(...parsed.problems);
    const shown = displayPath(file);
    const earlier = parsed.id === undefined ? undefined : seen.get(parsed.id);
    if (parsed.id !== undefined && earlier !== undefined) {
      problems.push({
        file: shown,
        message: `${shown} repeats the id ${parsed.id} of ${earlier}: give each rule its own id`,
      });
      continue;
    }
    if (parsed.id !== undefined) seen.set(parsed.id, shown);
    if (parsed.rule) rules.push(parsed.rule);
  }
  return { rules, problems };
}

/** The catalog the product runs; refuses to load one whose headers are broken. */
export function loadCatalog(dir: string = RULES_DIR): RuleDefinition[] {
  const { rules, problems } = readCatalog(dir);
  if (problems.length > 0) throw new CatalogError(problems);
  return rules;
}
