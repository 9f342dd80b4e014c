// What a Cypher statement can read (labels, relationship types) and what an import write can change, from their text,
// so a what-if check runs only the rules a proposal's write could change.
import type { CollectionKey } from '../import/import-schema';
import { writeStatements } from '../import/write-batch';
import type { RuleDefinition } from './catalog';

/** What a statement reads. `opaque` lists the constructs that could read something the statement does not name. */
export interface CypherReads {
  labels: Set<string>;
  types: Set<string>;
  /** Every identifier of the statement: a property it reads by name is among them. */
  words: Set<string>;
  /** Reads properties it does not name (`n[key]`, `n {.*}`). */
  dynamicProperties: boolean;
  opaque: string[];
}

/** What a write can change: nodes of `labels` (created, deleted, relabelled, their `keys` set), relationships of
 * `types`; `everything` when the text does not bound it. */
export interface CypherWrites {
  labels: Set<string>;
  types: Set<string>;
  keys: Set<string>;
  anyKey: boolean;
  everything: string[];
}

interface Token {
  kind: 'word' | 'punct' | 'number' | 'string';
  text: string;
}

/** Words, numbers and single punctuation characters; comments dropped, each string literal one `string` token,
 * a backquoted name a word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\[\s\S])*'|"(?:[^"\\]|\\[\s\S])*"|`((?:[^`]|``)*)`|([A-Za-z_][A-Za-z0-9_]*)|(\d+(?:\.\d+)?)|(\S)/g;
  for (const match of text.matchAll(pattern)) {
    const [whole, quoted, word, number, punct] = match;
    if (quoted !== undefined) tokens.push({ kind: 'word', text: quoted.replace(/``/g, '`') });
    else if (word !== undefined) tokens.push({ kind: 'word', text: word });
    else if (number !== undefined) tokens.push({ kind: 'number', text: number });
    else if (punct !== undefined) tokens.push({ kind: 'punct', text: punct });
    else if (whole.startsWith("'") || whole.startsWith('"')) tokens.push({ kind: 'string', text: '' });
  }
  return tokens;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
/** Words a node pattern may follow; a parenthesis after any other word is a call or a CALL scope. */
const PATTERN_WORDS = new Set([
  ...['MATCH', 'MERGE', 'CREATE', 'WHERE', 'AND', 'OR', 'XOR', 'NOT', 'EXISTS', 'IN'],
  ...['SHORTEST', 'PATHS', 'PATH', 'GROUPS', 'WALK', 'TRAIL', 'ACYCLIC'],
]);
/** Words that open a subquery brace; any other brace is a map or a map projection. */
const SUBQUERY_WORDS = new Set(['EXISTS', 'COLLECT', 'COUNT', 'CALL']);
const CLAUSES = new Set([
  'MATCH',
  'OPTIONAL',
  'MERGE',
  'CREATE',
  'SET',
  'REMOVE',
  'DELETE',
  'DETACH',
  'WITH',
  'RETURN',
  'UNWIND',
  'WHERE',
  'ORDER',
  'CALL',
  'FOREACH',
  'UNION',
  'USING',
  'LIMIT',
  'SKIP',
]);
/** Namespaces of pure built-in functions (`date.truncate`, ...): calling them reads nothing from the graph. */
const PURE_NAMESPACES = new Set(['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point']);

const upper = (token: Token | undefined) => (token?.kind === 'word' ? token.text.toUpperCase() : undefined);
const isPunct = (token: Token | undefined, text: string) => token?.kind === 'punct' && token.text === text;

/** The index of each bracket's partner. */
function partners(tokens: Token[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'punct') return;
    if (OPENERS[token.text]) stack.push(i);
    else if (token.text === ')' || token.text === ']' || token.text === '}') {
      const open = stack.pop();
      if (open === undefined || OPENERS[(tokens[open] as Token).text] !== token.text) {
        throw new Error(`Unbalanced '${token.text}' in Cypher`);
      }
      pairs.set(open, i);
      pairs.set(i, open);
    }
  });
  if (stack.length > 0) throw new Error('Unclosed bracket in Cypher');
  return pairs;
}

/** The tokens between a bracket and its partner that are not inside a nested bracket, with their indexes. */
function topLevel(tokens: Token[], pairs: Map<number, number>, open: number): number[] {
  const close = pairs.get(open) as number;
  const indexes: number[] = [];
  for (let i = open + 1; i < close; i++) {
    indexes.push(i);
    if (OPENERS[(tokens[i] as Token).text] && tokens[i]?.kind === 'punct') i = pairs.get(i) as number;
  }
  return indexes;
}

/** Names of a label or type expression starting at `at` (after its colon): `A`, `A|B`, `A:B`, `A&B`; `open` when
 * it also matches what it does not name (`!A`, `%`, `$(...)`, a parenthesised expression). */
function nameList(tokens: Token[], indexes: number[], at: number): { names: string[]; open: boolean; end: number } {
  const names: string[] = [];
  let open = false;
  let expectName = true;
  let k = at;
  for (; k < indexes.length; k++) {
    const token = tokens[indexes[k] as number] as Token;
    if (expectName && token.kind === 'word') {
      names.push(token.text);
      expectName = false;
    } else if (!expectName && token.kind === 'punct' && /^[|:&]$/.test(token.text)) {
      expectName = true;
    } else if (expectName && k > at && isPunct(token, ':')) {
      // `:A|:B`, the older way to write alternatives.
    } else {
      if (expectName && token.kind === 'punct' && /^[!%$(]$/.test(token.text)) open = true;
      break;
    }
  }
  return { names, open: open || names.length === 0, end: k };
}

interface Scan {
  labels: Set<string>;
  types: Set<string>;
  words: Set<string>;
  dynamicProperties: boolean;
  opaque: string[];
  /** Node variables with the labels their patterns give them; relationship variables. */
  nodeLabels: Map<string, Set<string>>;
  relationshipVariables: Set<string>;
  /** Labels of node patterns written inside CREATE or MERGE. */
  createdLabels: Set<string>;
  tokens: Token[];
  pairs: Map<number, number>;
}

/** Reads the patterns, label predicates and constructs of one statement. */
function scan(text: string): Scan {
  const tokens = tokenize(text);
  const pairs = partners(tokens);
  const result: Scan = {
    labels: new Set(),
    types: new Set(),
    words: new Set(tokens.filter((token) => token.kind === 'word').map((token) => token.text)),
    dynamicProperties: false,
    opaque: [],
    nodeLabels: new Map(),
    relationshipVariables: new Set(),
    createdLabels: new Set(),
    tokens,
    pairs,
  };
  const handled = new Set<number>();
  const braceKinds = new Map<number, 'map' | 'subquery'>();
  let clause = '';
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (token.kind === 'word' && CLAUSES.has(token.text.toUpperCase())) clause = token.text.toUpperCase();
    if (token.kind === 'word' && token.text.toUpperCase() === 'CALL' && after?.kind === 'word') {
      result.opaque.push(`CALL of procedure ${after.text}`);
    }
    if (token.kind === 'word' && isPunct(after, '(') && isPunct(before, '.')) {
      const name = [token.text];
      for (let j = i - 2; tokens[j]?.kind === 'word'; j -= 2) {
        name.unshift(tokens[j]?.text as string);
        if (!isPunct(tokens[j - 1], '.')) break;
      }
      if (name.length > 2 || !PURE_NAMESPACES.has((name[0] as string).toLowerCase())) {
        result.opaque.push(`function ${name.join('.')}()`);
      }
    }
    if (token.kind === 'word' && isPunct(after, '(') && !isPunct(before, '.')) {
      const name = token.text.toLowerCase();
      if (name === 'labels' || name === 'keys' || name === 'properties') result.opaque.push(`${name}()`);
    }
    if (token.kind !== 'punct') return;
    if (token.text === '{') {
      const opener = isPunct(before, ')') ? tokens[(pairs.get(i - 1) as number) - 1] : before;
      braceKinds.set(i, SUBQUERY_WORDS.has(upper(opener) ?? '') ? 'subquery' : 'map');
      if (isPunct(after, '.') && isPunct(tokens[i + 2], '*')) result.dynamicProperties = true;
    }
    if (token.text === '.' && isPunct(after, '*')) result.dynamicProperties = true;
    if (token.text === '[' && !isPunct(before, '-')) {
      const indexed = before && (before.kind === 'word' || isPunct(before, ')') || isPunct(before, ']'));
      const inner = tokens.slice(i + 1, pairs.get(i));
      const constant = inner.every((t) => t.kind === 'number' || isPunct(t, '.') || isPunct(t, '-'));
      if (indexed && !constant && !isReservedWord(before)) result.dynamicProperties = true;
    }
    if (token.text === '[' && isPunct(before, '-')) {
      relationshipPattern(result, i, handled);
      return;
    }
    if (token.text === '(') nodePattern(result, i, clause, handled);
    if (token.text === ':' && !handled.has(i)) labelPredicate(result, i, braceKinds, handled);
  });
  // Relationship patterns without brackets: (a)--(b), (a)-->(b), (a)<--(b), (a)<-->(b).
  tokens.forEach((token, i) => {
    if (!isPunct(token, '-') || !isPunct(tokens[i + 1], '-')) return;
    const left = isPunct(tokens[i - 1], '<') ? tokens[i - 2] : tokens[i - 1];
    if (isPunct(left, ')')) result.opaque.push('a relationship pattern without a type');
  });
  return result;
}

/** `WHERE`, `IN` and the like before a list are not something being indexed. */
function isReservedWord(token: Token | undefined): boolean {
  return ['IN', 'WHERE', 'AND', 'OR', 'NOT', 'RETURN', 'WITH', 'THEN', 'ELSE', 'AS', 'UNWIND'].includes(
    upper(token) ?? '',
  );
}

function relationshipPattern(result: Scan, open: number, handled: Set<number>) {
  const { tokens, pairs } = result;
  const indexes = topLevel(tokens, pairs, open);
  const first = tokens[indexes[0] as number];
  if (first?.kind === 'word') result.relationshipVariables.add(first.text);
  const colon = indexes.findIndex((i) => isPunct(tokens[i], ':'));
  const stop = indexes.findIndex((i) => isPunct(tokens[i], '{') || upper(tokens[i]) === 'WHERE');
  if (colon < 0 || (stop >= 0 && stop < colon)) {
    result.opaque.push('a relationship pattern without a type');
    return;
  }
  const { names, open: unbounded, end } = nameList(tokens, indexes, colon + 1);
  for (let k = colon; k < end; k++) handled.add(indexes[k] as number);
  for (const name of names) result.types.add(name);
  if (unbounded) result.opaque.push('a relationship type expression that matches types it does not name');
}

/** A parenthesis is a node pattern when it follows a pattern keyword, a relationship or punctuation, and holds
 * only `var`, `:labels`, `{props}` and `WHERE ...`; an unlabelled node with no relationship could be any node. */
function nodePattern(result: Scan, open: number, clause: string, handled: Set<number>) {
  const { tokens, pairs } = result;
  const before = tokens[open - 1];
  if (before?.kind === 'word' && !PATTERN_WORDS.has(before.text.toUpperCase())) return;
  const indexes = topLevel(tokens, pairs, open);
  let k = 0;
  let variable: string | undefined;
  if (tokens[indexes[k] as number]?.kind === 'word' && upper(tokens[indexes[k] as number]) !== 'WHERE') {
    variable = tokens[indexes[k] as number]?.text;
    k++;
  }
  let names: string[] = [];
  let unbounded = false;
  const colonAt = k;
  if (isPunct(tokens[indexes[k] as number], ':')) {
    ({ names, open: unbounded, end: k } = nameList(tokens, indexes, k + 1));
  }
  if (isPunct(tokens[indexes[k] as number], '{')) k++;
  if (k < indexes.length && upper(tokens[indexes[k] as number]) !== 'WHERE') return;
  for (let j = colonAt; j < k; j++) handled.add(indexes[j] as number);
  for (const name of names) result.labels.add(name);
  if (clause === 'CREATE' || clause === 'MERGE') for (const name of names) result.createdLabels.add(name);
  if (variable !== undefined) {
    const known = result.nodeLabels.get(variable) ?? new Set<string>();
    for (const name of names) known.add(name);
    result.nodeLabels.set(variable, known);
  }
  if (unbounded) result.opaque.push('a label expression that matches labels it does not name');
  const close = pairs.get(open) as number;
  const linked = isPunct(before, '-') || isPunct(before, '>') || /^[-<]$/.test(tokens[close + 1]?.text ?? '');
  if (names.length === 0 && !linked) result.opaque.push('a node pattern with neither a label nor a relationship');
}

/** `x:Label` in an expression; a `key:` at the start of a map entry is not one. */
function labelPredicate(result: Scan, colon: number, braceKinds: Map<number, string>, handled: Set<number>) {
  const { tokens, pairs } = result;
  let open = colon - 1;
  for (; open >= 0; open--) {
    const token = tokens[open] as Token;
    if (token.kind !== 'punct') continue;
    if (token.text === ')' || token.text === ']' || token.text === '}') open = pairs.get(open) as number;
    else if (OPENERS[token.text]) break;
  }
  const keyStart = isPunct(tokens[colon - 2], '{') || isPunct(tokens[colon - 2], ',');
  if (open >= 0 && braceKinds.get(open) === 'map' && keyStart) return;
  const indexes = tokens.map((_, i) => i);
  const { names, open: unbounded, end } = nameList(tokens, indexes, colon + 1);
  for (let i = colon; i < end; i++) handled.add(i);
  for (const name of names) result.labels.add(name);
  if (unbounded) result.opaque.push('a label expression that matches labels it does not name');
}

/** The labels and relationship types a rule can read, and what could make it read something it does not name. */
export function readsOf(text: string): CypherReads {
  const { labels, types, words, dynamicProperties, opaque } = scan(text);
  return { labels, types, words, dynamicProperties, opaque: [...new Set(opaque)] };
}

/** What write statements can change. Over-approximates: every relationship type they name; the labels of nodes they
 * create or merge, and of every node they SET, REMOVE or DELETE (with the property keys they set on nodes). */
export function writesOf(statements: string[]): CypherWrites {
  const writes: CypherWrites = { labels: new Set(), types: new Set(), keys: new Set(), anyKey: false, everything: [] };
  for (const text of statements) {
    const found = scan(text);
    for (const type of found.types) writes.types.add(type);
    for (const label of found.createdLabels) writes.labels.add(label);
    writes.everything.push(...found.opaque);
    writeTargets(found, writes);
  }
  writes.everything = [...new Set(writes.everything)];
  return writes;
}

/** The items of SET, REMOVE and DELETE clauses: `n.key = ...`, `n:Label`, `n = map`, `n += map`, `n`. */
function writeTargets(found: Scan, writes: CypherWrites) {
  const { tokens } = found;
  let depth = 0;
  let clause: { name: string; depth: number } | undefined;
  tokens.forEach((token, i) => {
    const word = upper(token);
    if (token.kind === 'punct' && OPENERS[token.text]) depth++;
    if (token.kind === 'punct' && (token.text === ')' || token.text === ']' || token.text === '}')) depth--;
    if (word === 'DETACH') writes.everything.push('DETACH DELETE, which deletes relationships of every type');
    if (word && CLAUSES.has(word)) {
      clause = ['SET', 'REMOVE', 'DELETE'].includes(word) ? { name: word, depth } : undefined;
      if (clause) target(found, writes, i + 1, clause.name);
      return;
    }
    if (clause && depth === clause.depth && isPunct(token, ',')) target(found, writes, i + 1, clause.name);
  });
}

function target(found: Scan, writes: CypherWrites, at: number, clause: string) {
  const { tokens } = found;
  const variable = tokens[at];
  if (variable?.kind !== 'word') {
    writes.everything.push(`a ${clause} item that is not a variable`);
    return;
  }
  if (found.relationshipVariables.has(variable.text)) return;
  const labels = found.nodeLabels.get(variable.text);
  if (!labels || labels.size === 0) {
    writes.everything.push(`${clause} of ${variable.text}, a node of no known label`);
    return;
  }
  for (const label of labels) writes.labels.add(label);
  const next = tokens[at + 1];
  if (isPunct(next, '.') && tokens[at + 2]?.kind === 'word') writes.keys.add(tokens[at + 2]?.text as string);
  else if (isPunct(next, ':') && tokens[at + 2]?.kind === 'word') writes.labels.add(tokens[at + 2]?.text as string);
  else if (isPunct(next, '=') || isPunct(next, '+')) writes.anyKey = true;
}

/** True when the rule can give a different result after the write: it reads a label or type the write changes, a
 * property key it sets on nodes, or something it cannot bound. */
export function isAffected(reads: CypherReads, writes: CypherWrites): boolean {
  if (writes.everything.length > 0 || reads.opaque.length > 0) return true;
  const meets = (a: Set<string>, b: Set<string>) => [...a].some((item) => b.has(item));
  if (meets(reads.labels, writes.labels) || meets(reads.types, writes.types)) return true;
  const setsProperties = writes.anyKey || writes.keys.size > 0;
  return setsProperties && (writes.anyKey || reads.dynamicProperties || meets(reads.words, writes.keys));
}

const selections = new WeakMap<readonly RuleDefinition[], Map<CollectionKey, RuleDefinition[]>>();

/** The rules of the catalog that a proposal of the collection could change, computed once per catalog and collection. */
export function rulesAffectedBy(catalog: readonly RuleDefinition[], collection: CollectionKey): RuleDefinition[] {
  let byCollection = selections.get(catalog);
  if (!byCollection) {
    byCollection = new Map();
    selections.set(catalog, byCollection);
  }
  let rules = byCollection.get(collection);
  if (!rules) {
    const writes = writesOf(writeStatements(collection));
    rules = catalog.filter((rule) => isAffected(readsOf(rule.cypher), writes));
    byCollection.set(collection, rules);
  }
  return rules;
}
