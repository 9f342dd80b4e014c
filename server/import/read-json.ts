// Reads the import as one JSON document: `{"format": "csp-graph", "version": 1, "partners": [...], ...}`.
import { readFile } from 'node:fs/promises';
import { type ImportIssue, quote } from './import-error';
import { COLLECTION_KEYS, type CollectionKey, IMPORT_FORMAT, IMPORT_VERSION } from './import-schema';
import type { ImportSource, SourceRecord } from './import-source';

export type ParsedJson = { ok: true; document: unknown } | { ok: false; issue: ImportIssue };

/** Where JSON.parse stopped (an offset its message names), as a line and column. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

export function parseJsonText(text: string, file: string): ParsedJson {
  if (text.trim() === '') return { ok: false, issue: { file, record: '', field: '', reason: 'the file is empty' } };
  try {
    return { ok: true, document: JSON.parse(text) };
  } catch (error) {
    // V8 quotes the file's text in some messages ("Unexpected token 'x', \"...\" is not valid JSON"): that echo is
    // dropped, so the error stays one line and shows no raw content.
    const message = (error instanceof Error ? error.message : String(error))
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/\s+/g, ' ');
    const offset = /position (\d+)/.exec(message)?.[1];
    const truncated = /end of (JSON )?input|Unterminated/i.test(message) || Number(offset) >= text.trimEnd().length;
    const reason = truncated
      ? `is not complete JSON (it ends too early; was the file cut off?): ${message}`
      : `is not valid JSON: ${message}`;
    const record = offset === undefined ? '' : lineAndColumn(text, Number(offset));
    return { ok: false, issue: { file, record, field: '', reason } };
  }
}

export async function readJsonFile(file: string): Promise<ParsedJson> {
  return parseJsonText((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''), file);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An absent, null or empty optional value all mean "none", so they are left out alike. */
function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );
}

/** Splits a parsed document into its collections, checking its header and its shape. */
export function documentToSource(document: unknown, file: string): ImportSource {
  const issues: ImportIssue[] = [];
  const records: ImportSource['records'] = {};
  const top = (field: string, reason: string) => issues.push({ file, record: '', field, reason });
  if (!isPlainObject(document)) {
    top('', `must be a JSON object with "format": "${IMPORT_FORMAT}" and "version": ${IMPORT_VERSION}`);
    return { records, issues };
  }
  if (document.format !== IMPORT_FORMAT) {
    top(
      'format',
      `must be "${IMPORT_FORMAT}"${document.format === undefined ? '' : `, not ${quote(document.format)}`}`,
    );
  }
  if (document.version !== IMPORT_VERSION) {
    top(
      'version',
      `must be ${IMPORT_VERSION} (the version this product reads)${document.version === undefined ? '' : `, not ${quote(document.version)}`}`,
    );
  }
  for (const [key, value] of Object.entries(document)) {
    if (key === 'format' || key === 'version') continue;
    if (!(COLLECTION_KEYS as string[]).includes(key)) {
      top(key, `is not a collection of the import format (they are: ${COLLECTION_KEYS.join(', ')})`);
      continue;
    }
    if (!Array.isArray(value)) {
      top(key, 'must be an array of records');
      continue;
    }
    const collection: SourceRecord[] = [];
    value.forEach((item: unknown, index) => {
      const at = { file, record: `/${key}/${index}` };
      if (isPlainObject(item)) collection.push({ at, value: withoutEmpty(item) });
      else issues.push({ ...at, field: '', reason: 'must be an object of fields' });
    });
    records[key as CollectionKey] = collection;
  }
  return { records, issues };
}
