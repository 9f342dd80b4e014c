// Reads the import as a folder of CSV files, one per collection, with a header row of field names: streamed from
// disk (a file is read again for each pass, and must not change in between) or parsed from text.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { CSV_OPTIONS, type CsvRow, csvRowBatches } from './csv-rows';
import { ImportError, type ImportIssue } from './import-error';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey, type FieldInfo, fieldsOf } from './import-schema';
import type { RecordStream, SourceRecord } from './import-source';

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

/** Turns the parsed rows of one collection's file into records: the first row that is not blank is the header; a
 * file with a bad header yields no records. Problems go to `issues`. */
class CollectionRows {
  private columns: FieldInfo[] | undefined;
  private headerSeen = false;

  constructor(
    private readonly key: CollectionKey,
    private readonly file: string,
    private readonly issues: ImportIssue[],
  ) {}

  row({ record: cells, info }: CsvRow): SourceRecord | undefined {
    if (!this.headerSeen) {
      if (cells.every((cell) => cell.trim() === '')) return undefined;
      this.headerSeen = true;
      this.columns = this.checkHeader(cells);
      return undefined;
    }
    const columns = this.columns;
    if (!columns) return undefined;
    const at = { file: this.file, record: `line ${info.lines - lineBreaks(cells)}` };
    if (cells.length !== columns.length) {
      this.issues.push({ ...at, field: '', reason: `has ${cells.length} cells; the header has ${columns.length}` });
      return undefined;
    }
    const value: Record<string, unknown> = {};
    columns.forEach((field, index) => {
      const cell = cells[index] ?? '';
      if (cell !== '') value[field.name] = cellValue(field, cell);
    });
    return { at, value };
  }

  /** After the last row: a file without a header is empty. */
  end(): void {
    if (!this.headerSeen) this.fileIssue('', 'the file is empty; it needs at least the header row');
  }

  invalidCsv(error: CsvError): void {
    this.fileIssue(
      `line ${(error as CsvError & { lines?: number }).lines ?? '?'}`,
      `is not valid CSV: ${error.message}`,
    );
  }

  private fileIssue(record: string, reason: string): void {
    this.issues.push({ file: this.file, record, field: '', reason });
  }

  private checkHeader(header: string[]): FieldInfo[] | undefined {
    const { key, file, issues } = this;
    const fields = fieldsOf(key);
    const byName = new Map(fields.map((field) => [field.name, field]));
    const before = issues.length;
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
    return issues.length > before ? undefined : header.map((name) => byName.get(name) as FieldInfo);
  }
}

/** Reads one collection's CSV text; problems go to `issues`, and a file with a bad header yields no records. */
export function parseCsvCollection(
  text: string,
  key: CollectionKey,
  file: string,
  issues: ImportIssue[],
): SourceRecord[] {
  const rows = new CollectionRows(key, file, issues);
  let parsed: CsvRow[];
  try {
    parsed = parse(text, CSV_OPTIONS) as unknown as CsvRow[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    rows.invalidCsv(error);
    return [];
  }
  const records = parsed.flatMap((row) => rows.row(row) ?? []);
  rows.end();
  return records;
}

/** Streams one collection's file: records as they are parsed, and the file's SHA-256 once it is read. */
async function* streamCsvCollection(
  file: string,
  key: CollectionKey,
  issues: ImportIssue[],
  onDigest: (digest: string) => void,
): AsyncGenerator<SourceRecord> {
  const rows = new CollectionRows(key, file, issues);
  const hash = createHash('sha256');
  const input = createReadStream(file);
  try {
    for await (const batch of csvRowBatches(input, (chunk) => hash.update(chunk))) {
      for (const row of batch) {
        const record = rows.row(row);
        if (record) yield record;
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    rows.invalidCsv(error);
    return;
  } finally {
    input.destroy();
  }
  rows.end();
  onDigest(hash.digest('hex'));
}

/** Opens a folder for reading: a folder may leave out collections, but not hold unknown CSV files. Each read streams
 * the file again; a file whose content differs from the first read fails the import. */
export async function openCsvFolder(folder: string): Promise<RecordStream> {
  const issues: ImportIssue[] = [];
  const names = (await readdir(folder)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
  const keyOfFile = new Map<string, CollectionKey>(COLLECTION_KEYS.map((key) => [COLLECTIONS[key].csvFile, key]));
  const expected = COLLECTION_KEYS.map((key) => COLLECTIONS[key].csvFile).join(', ');
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
  const present = new Set(names.flatMap((name) => keyOfFile.get(name) ?? []));
  const digests = new Map<string, string>();
  return {
    issues,
    collections: COLLECTION_KEYS.filter((key) => present.has(key)),
    records(key, readIssues) {
      const file = path.join(folder, COLLECTIONS[key].csvFile);
      if (!present.has(key)) return (async function* () {})();
      return streamCsvCollection(file, key, readIssues, (digest) => {
        const first = digests.get(file);
        if (first === undefined) digests.set(file, digest);
        else if (first !== digest) {
          throw new ImportError([
            { file, record: '', field: '', reason: 'changed while it was being imported; import it again' },
          ]);
        }
      });
    },
  };
}
