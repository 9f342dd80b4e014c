// Writes the tables of docs/rules.md that list the rules, from the rule headers (`npm run docs:rules`).
import { readFileSync, writeFileSync } from 'node:fs';
import { severityRank } from '../scan/finding';
import { loadCatalog, RULES_DIR, RULES_DOC, type RuleDefinition } from './catalog';

/** A table of docs/rules.md generated from the headers, between its two marker lines. */
export interface DocTable {
  name: string;
  start: string;
  end: string;
  render(rules: readonly RuleDefinition[]): string;
}

export const DOCS_COMMAND = 'npm run docs:rules';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start (written by ${DOCS_COMMAND}) -->`, end: `<!-- ${name}:end -->` };
}

/** Each rule's subject forms and the partner its findings are about, in alphabetical order. */
export const SUBJECTS_TABLE: DocTable = {
  name: 'subjects table',
  ...markers('subjects-table'),
  render: (rules) =>
    [
      '| rule | subjects | partnerId |',
      '|---|---|---|',
      ...[...rules]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(
          (rule) =>
            `| ${rule.id} | ${cell(rule.subjects.map((form) => form.join(', ')).join(' — or — '))} | ${cell(rule.partner)} |`,
        ),
    ].join('\n'),
};

/** The catalog, most severe first. */
export const RULE_TABLE: DocTable = {
  name: 'rule table',
  ...markers('rule-table'),
  render: (rules) =>
    [
      '| id | severity | title | clause |',
      '|---|---|---|---|',
      ...[...rules]
        .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.id.localeCompare(b.id))
        .map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.title)} | ${cell(rule.clause)} |`),
    ].join('\n'),
};

export const DOC_TABLES: readonly DocTable[] = [SUBJECTS_TABLE, RULE_TABLE];

/** The table as it stands between its markers, or undefined when the markers are missing. */
export function currentTable(doc: string, table: DocTable): string | undefined {
  const start = doc.indexOf(table.start);
  const end = doc.indexOf(table.end);
  if (start < 0 || end < start) return undefined;
  return doc.slice(start + table.start.length, end).trim();
}

/** The rule ids of the rows that differ between two renderings of a table (added, removed or changed). */
export function differingRows(current: string, fresh: string): string[] {
  const rows = (text: string) => new Set(text.split('\n').filter((row) => !row.startsWith('|---')));
  const now = rows(current);
  const wanted = rows(fresh);
  const changed = [...[...now].filter((row) => !wanted.has(row)), ...[...wanted].filter((row) => !now.has(row))];
  const ids = changed.map((row) => (row.split('|')[1] ?? '').trim().replace(/`/g, ''));
  return [...new Set(ids)].sort();
}

/** The document with every generated table replaced by a fresh rendering of the catalog. */
export function withRuleTables(doc: string, rules: readonly RuleDefinition[]): string {
  let updated = doc;
  for (const table of DOC_TABLES) {
    const start = updated.indexOf(table.start);
    const end = updated.indexOf(table.end);
    if (start < 0 || end < start) {
      throw new Error(`docs/rules.md has no ${table.name} markers: add the lines ${table.start} and ${table.end}`);
    }
    updated = `${updated.slice(0, start + table.start.length)}\n${table.render(rules)}\n${updated.slice(end)}`;
  }
  return updated;
}

/** Rewrites the generated tables of docs/rules.md from the rule headers; refuses while a header is broken. */
export function updateRulesDoc(rulesDir: string = RULES_DIR, rulesDoc: string = RULES_DOC): boolean {
  const doc = readFileSync(rulesDoc, 'utf8');
  const updated = withRuleTables(doc, loadCatalog(rulesDir));
  if (updated === doc) return false;
  writeFileSync(rulesDoc, updated);
  return true;
}
