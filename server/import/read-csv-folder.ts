// Reads the import as a folder of CSV files, one per collection, with a header row of field names.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { ImportIssue } from './import-error';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey, type FieldInfo, fieldsOf } from './import-schema';
import type { ImportSource, SourceRecord } from './import-source';

/** The text of a cell as the schema expects it; text that is not a valid number or boolean stays text so the
 * validator names it. */
function cellValue(field: FieldInfo, cell: string): unknown {
  switch (field.kind) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
    case 'list':
      return cell
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    case 'text':
      return cell;
  }
}

function lineBreaks(cells: string[]): number {
  return cells.reduce((count, cell) => count + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

/** Reads one collection's CSV file; problems go to `issues`, and a file with a bad header yields no records. */
export function parseCsvCollection(
  text: string,
  key: CollectionKey,
  file: string,
  issues: ImportIssue[],
): SourceRecord[] {
  const fileIssue = (record: string, reason: string) => issues.push({ file, record, field: '', reason });
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    fileIssue('', 'the file is empty; it needs at least the header row');
    return [];
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    fileIssue(`line ${(error as CsvError & { lines?: number }).lines ?? '?'}`, `is not valid CSV: ${error.message}`);
    return [];
  }
  const [headerRow, ...body] = rows;
  const header = headerRow?.record ?? [];
  const fields = fieldsOf(key);
  const byName = new Map(fields.map((field) => [field.name, field]));
  const headerIssues = issues.length;
  header.forEach((column, index) => {
    if (!byName.has(column)) {
      issues.push({
        file,
        record: 'line 1',
        field: column,
        reason: `is not a field of ${key} (they are: ${fields.map((f) => f.name).join(', ')}; names are case-sensitive)`,
      });
    } else if (header.indexOf(column) !== index) {
      issues.push({ file, record: 'line 1', field: column, reason: 'is a column twice' });
    }
  });
  for (const field of fields) {
    if (field.required && !header.includes(field.name)) {
      issues.push({
        file,
        record: 'line 1',
        field: field.name,
        reason: 'is a required column and the header lacks it',
      });
    }
  }
  if (issues.length > headerIssues) return [];

  const columns = header.map((name) => byName.get(name) as FieldInfo);
  const records: SourceRecord[] = [];
  for (const { record: cells, info } of body) {
    const at = { file, record: `line ${info.lines - lineBreaks(cells)}` };
    if (cells.length !== columns.length) {
      issues.push({ ...at, field: '', reason: `has ${cells.length} cells; the header has ${columns.length}` });
      continue;
    }
    const value: Record<string, unknown> = {};
    columns.forEach((field, index) => {
      const cell = cells[index] ?? '';
      if (cell !== '') value[field.name] = cellValue(field, cell);
    });
    records.push({ at, value });
  }
  return records;
}

/** Reads every collection file the folder has; a folder may leave out collections, but not hold unknown CSV files. */
export async function readCsvFolder(
  folder: string,
  onFile?: (done: number, total: number) => void,
): Promise<ImportSource> {
  const issues: ImportIssue[] = [];
  const records: ImportSource['records'] = {};
  const names = (await readdir(folder)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
  const keyOfFile = new Map<string, CollectionKey>(COLLECTION_KEYS.map((key) => [COLLECTIONS[key].csvFile, key]));
  const expected = COLLECTION_KEYS.map((key) => COLLECTIONS[key].csvFile).join(', ');
  const known = names.filter((name) => keyOfFile.has(name));
  for (const name of names) {
    if (!keyOfFile.has(name)) {
      issues.push({
        file: path.join(folder, name),
        record: '',
        field: '',
        reason: `is not a file of the import format (they are: ${expected}; names are case-sensitive)`,
      });
    }
  }
  if (names.length === 0) {
    issues.push({ file: folder, record: '', field: '', reason: `holds none of the import's CSV files (${expected})` });
  }
  onFile?.(0, known.length);
  for (const [index, name] of known.entries()) {
    const key = keyOfFile.get(name) as CollectionKey;
    const file = path.join(folder, name);
    records[key] = parseCsvCollection(await readFile(file, 'utf8'), key, file, issues);
    onFile?.(index + 1, known.length);
  }
  return { records, issues };
}
