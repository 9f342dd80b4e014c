// Reads the rule contract in docs/rules.md (which rules exist, with which subjects) and writes its catalog table.
import { readFileSync, writeFileSync } from 'node:fs';
import { severityRank } from '../scan/finding';
import { loadCatalog, RULES_DIR, RULES_DOC, type RuleDefinition } from './catalog';

const SUBJECTS_HEADING = '## Subjects of each rule';
export const TABLE_START = '<!-- rule-table:start (written by ./csp new-rule --update-docs) -->';
export const TABLE_END = '<!-- rule-table:end -->';

/** Rule id -> the subject forms docs/rules.md gives it ("a, b — or — c", notes in parentheses left out). */
export function contractSubjects(doc: string): Map<string, string[][]> {
  const contract = new Map<string, string[][]>();
  const start = doc.indexOf(SUBJECTS_HEADING);
  if (start < 0) return contract;
  const rows = doc
    .slice(start + SUBJECTS_HEADING.length)
    .split('\n')
    .map((line) => line.trim());
  let inTable = false;
  for (const row of rows) {
    if (!row.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = row.split('|').map((cell) => cell.trim());
    const id = (cells[1] ?? '').replace(/`/g, '');
    if (!/^[a-z][a-z0-9-]*$/.test(id) || id === 'rule') continue;
    const forms = (cells[2] ?? '')
      .replace(/\([^)]*\)/g, '')
      .split(/\s+—\s+or\s+—\s+/)
      .map((form) =>
        form
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name.length > 0),
      );
    contract.set(id, forms);
  }
  return contract;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The catalog as a Markdown table, most severe first. */
export function renderRuleTable(rules: readonly RuleDefinition[]): string {
  const sorted = [...rules].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.id.localeCompare(b.id),
  );
  return [
    '| id | severity | title | clause |',
    '|---|---|---|---|',
    ...sorted.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.title)} | ${cell(rule.clause)} |`),
  ].join('\n');
}

/** The table as it stands between the markers, or undefined when the markers are missing. */
export function currentRuleTable(doc: string): string | undefined {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return doc.slice(start + TABLE_START.length, end).trim();
}

/** The document with the table between the markers replaced by a fresh rendering of the catalog. */
export function withRuleTable(doc: string, rules: readonly RuleDefinition[]): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(`docs/rules.md has no rule table markers: add the lines ${TABLE_START} and ${TABLE_END}`);
  }
  return `${doc.slice(0, start + TABLE_START.length)}\n${renderRuleTable(rules)}\n${doc.slice(end)}`;
}

/** Rewrites the table of docs/rules.md from the rule headers; refuses while a header is broken. */
export function updateRulesDoc(rulesDir: string = RULES_DIR, rulesDoc: string = RULES_DOC): boolean {
  const doc = readFileSync(rulesDoc, 'utf8');
  const updated = withRuleTable(doc, loadCatalog(rulesDir));
  if (updated === doc) return false;
  writeFileSync(rulesDoc, updated);
  return true;
}
