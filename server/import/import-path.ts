// Imports a JSON document or a folder of CSV files into the graph: read and check everything, then write the typed
// records the checks kept (or, for an import too large to keep, read them again), all or nothing.
import { stat } from 'node:fs/promises';
import { DatabaseError, type Executor } from '../db/executor';
import { graphElements, refreshStatistics, statisticsStale } from '../graph/planner-statistics';
import { checkableRecord, ImportChecker } from './check-import';
import { ImportError, type ImportIssue, inReadingOrder } from './import-error';
import { COLLECTION_KEYS, type CollectionKey } from './import-schema';
import { type RecordStream, streamOf } from './import-source';
import { openCsvFolder } from './read-csv-folder';
import { documentToSource, readJsonFile } from './read-json';
import { findEnds, type SnapshotEnds } from './snapshot';
import { validateRecord } from './validate-records';
import type { Row } from './write-batch';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  DEFAULT_SINGLE_TRANSACTION_LIMIT,
  DEFAULT_WRITE_TIMEOUT_MS,
  type TransactionMode,
  writeImport,
} from './write-import';

export { ImportError, type ImportIssue } from './import-error';
export { ImportStoppedError, ImportUndoError, type TransactionMode } from './write-import';

/** undoing: a journaled write failed or was stopped, and its committed batches are being undone. sampling: the write
 * grew the graph so much that Neo4j's statistics are refreshed before anything is planned on them
 * (planner-statistics.ts). */
export type ImportPhase = 'reading' | 'validating' | 'writing' | 'undoing' | 'sampling';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Validate only (the graph is read for references, never written). */
  dryRun?: boolean;
  /** Rows per statement, and per transaction when journaled (default 10,000). */
  batchSize?: number;
  /** One transaction, journaled batches, or (the default) one transaction up to singleTransactionLimit records. */
  transaction?: TransactionMode;
  /** The most records auto mode writes in one transaction (default 50,000). */
  singleTransactionLimit?: number;
  /** Journaled batches written side by side (default 2). */
  concurrency?: number;
  /** Time limit of each write transaction (default one hour; a journaled batch gets at most four minutes). */
  timeoutMs?: number;
  /** Aborting it stops the write before its next batch and undoes what was written. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Receives every record that passes its own schema, typed and with defaults, in the checking pass: a bulk load
   * writes its files from it, so the input is read once. The import may still be refused afterwards. */
  sink?: (collection: CollectionKey, row: Row) => void;
  /** The input is the whole truth for the organizations it names, as of this date (YYYY-MM-DD): their
   * relationships and subscriptions it does not hold are ended then (see snapshot.ts). */
  snapshot?: { asOf: string };
}

/** What an import did to the graph, by collection: records new to it, records it held and rewrote because they
 * differed, records it held exactly as imported (left as they were), and what a snapshot ended. On a dry run, what
 * it would do ('added', 'rewritten' and 'unchanged' are then unknown). */
export interface ImportSummary {
  added: Partial<Record<CollectionKey, number>>;
  rewritten: Partial<Record<CollectionKey, number>>;
  unchanged: Partial<Record<CollectionKey, number>>;
  ended: Partial<Record<CollectionKey, number>>;
}

export interface ImportResult {
  /** Records imported (or, on a dry run, that would be). */
  records: number;
  counts: Record<CollectionKey, number>;
  /** False on a dry run. */
  written: boolean;
  /** How it was written; absent on a dry run. */
  transaction?: 'single' | 'journaled' | 'bulk';
  summary?: ImportSummary;
}

function endedCounts(ends: SnapshotEnds): ImportSummary['ended'] {
  return Object.fromEntries(Object.entries(ends).map(([collection, rows]) => [collection, rows.length]));
}

/** Neo4j's code for a write that breaks a constraint: bad input the checks could not see, not a broken database. */
const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';
/** Neo4j's code for a transaction that outgrew the server's transaction memory limit. */
const OUT_OF_TRANSACTION_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/** A write failure the person importing can act on, as an import error; any other stays a database error. */
function explainWriteFailure(error: unknown, sourceName: string, records: number): unknown {
  if (!(error instanceof DatabaseError)) return error;
  const issue = (reason: string) =>
    new ImportError([{ file: sourceName, record: '', field: '', reason }], { cause: error });
  if (error.code === CONSTRAINT_FAILED) return issue(error.message);
  if (error.code === OUT_OF_TRANSACTION_MEMORY) {
    return issue(
      `${records.toLocaleString('en-US')} records are more than this Neo4j holds in one transaction ` +
        '(dbms.memory.transaction.total.max); import them in journaled batches (--mode journaled) instead',
    );
  }
  return error;
}

/** Reading again for the write, a record that no longer passes means the input changed after it was checked. */
function changedWhileImporting(issues: readonly ImportIssue[]): ImportError {
  return new ImportError(
    issues.map((issue) => ({ ...issue, reason: `${issue.reason} (the input changed while it was being imported)` })),
  );
}

/** Up to this many records, the checking pass keeps the typed records for the write (a few hundred bytes each);
 * a larger import is read again, collection by collection, so that it never has to fit in memory. */
export const KEEP_RECORDS_UP_TO = 1_000_000;

/** The kept records of one collection, in batches. */
async function* keptBatches(rows: readonly Row[], size: number): AsyncGenerator<Row[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

/** The valid records of one collection, read again and in batches, for the write. */
async function* validBatches(stream: RecordStream, collection: CollectionKey, size: number): AsyncGenerator<Row[]> {
  const issues: ImportIssue[] = [];
  let batch: Row[] = [];
  for await (const record of stream.records(collection, issues)) {
    const { value, issues: refused } = validateRecord(collection, record);
    if (value === undefined) throw changedWhileImporting(refused);
    batch.push(value as Row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (issues.length > 0) throw changedWhileImporting(issues);
  if (batch.length > 0) yield batch;
}

/** Reads and checks every record in one pass that keeps only keys and ids, then (unless refused or a dry run) reads
 * the records again to write them. */
async function importStream(
  executor: Executor,
  stream: RecordStream,
  sourceName: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const report = (phase: ImportPhase, done: number, total: number) => options.onProgress?.({ phase, done, total });
  const problems: ImportIssue[] = [...stream.issues];
  const counts = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, 0])) as Record<CollectionKey, number>;
  const checker = await ImportChecker.forGraph(executor);
  // What the write will need, unless this is a dry run or the import outgrows KEEP_RECORDS_UP_TO.
  let kept: Map<CollectionKey, Row[]> | undefined = options.dryRun ? undefined : new Map();
  let keptCount = 0;
  report('reading', 0, stream.collections.length);
  for (const [index, key] of stream.collections.entries()) {
    for await (const record of stream.records(key, problems)) {
      counts[key]++;
      const { value, issues } = validateRecord(key, record);
      problems.push(...issues);
      if (value !== undefined) options.sink?.(key, value as Row);
      if (value !== undefined && kept) {
        if (++keptCount > KEEP_RECORDS_UP_TO) kept = undefined;
        else kept.get(key)?.push(value as Row) ?? kept.set(key, [value as Row]);
      }
      checker.noteRecord(key, record);
      const checkable = checkableRecord(record, issues);
      if (checkable) checker.add(key, checkable);
    }
    report('reading', index + 1, stream.collections.length);
  }
  report('validating', 0, 1);
  problems.push(...checker.withinImport, ...(await checker.againstGraph(executor)));
  report('validating', 1, 1);
  if (problems.length > 0) throw new ImportError(inReadingOrder(problems));

  const total = COLLECTION_KEYS.reduce((sum, key) => sum + counts[key], 0);
  const ends = options.snapshot ? await findEnds(executor, checker, options.snapshot.asOf) : {};
  if (options.dryRun) {
    return {
      records: total,
      counts,
      written: false,
      summary: { added: {}, rewritten: {}, unchanged: {}, ended: endedCounts(ends) },
    };
  }
  const elementsBefore = await graphElements(executor);
  report('writing', 0, total);
  const added: ImportSummary['added'] = {};
  const unchanged: ImportSummary['unchanged'] = {};
  try {
    const records = {
      total,
      batches: (collection: CollectionKey, size: number) =>
        kept ? keptBatches(kept.get(collection) ?? [], size) : validBatches(stream, collection, size),
      ends,
    };
    const transaction = await writeImport(executor, records, {
      source: sourceName,
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      timeoutMs: options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS,
      transaction: options.transaction ?? 'auto',
      singleTransactionLimit: options.singleTransactionLimit ?? DEFAULT_SINGLE_TRANSACTION_LIMIT,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      signal: options.signal,
      onBatch: (written) => report('writing', written, total),
      onWritten: (collection, written) => {
        if (written.created > 0) added[collection] = (added[collection] ?? 0) + written.created;
        if (written.unchanged > 0) unchanged[collection] = (unchanged[collection] ?? 0) + written.unchanged;
      },
      onUndo: (undone, batches) => report('undoing', undone, batches),
    });
    if (statisticsStale(elementsBefore, await graphElements(executor))) {
      report('sampling', 0, 1);
      // The records are committed: a refresh that fails leaves only the statistics Neo4j will sample by itself.
      await refreshStatistics(executor).catch(() => undefined);
      report('sampling', 1, 1);
    }
    const rewritten = Object.fromEntries(
      COLLECTION_KEYS.map((key) => [key, counts[key] - (added[key] ?? 0) - (unchanged[key] ?? 0)] as const).filter(
        ([, count]) => count > 0,
      ),
    );
    return {
      records: total,
      counts,
      written: true,
      transaction,
      summary: { added, rewritten, unchanged, ended: endedCounts(ends) },
    };
  } catch (error) {
    throw explainWriteFailure(error, sourceName, total);
  }
}

/** Imports an already parsed JSON document (the import format's object); `source` names it in error messages. */
export function importDocument(
  executor: Executor,
  document: unknown,
  source = 'document',
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importStream(executor, streamOf(documentToSource(document, source)), source, options);
}

/** Imports a `.json` file or a folder of CSV files. */
export async function importPath(executor: Executor, path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const found = await stat(path).catch(() => undefined);
  if (!found) throw new ImportError([{ file: path, record: '', field: '', reason: 'does not exist' }]);
  if (found.isDirectory()) return importStream(executor, await openCsvFolder(path), path, options);
  if (!path.toLowerCase().endsWith('.json')) {
    throw new ImportError([
      { file: path, record: '', field: '', reason: 'must be a .json file or a folder of CSV files' },
    ]);
  }
  const parsed = await readJsonFile(path);
  if (!parsed.ok) throw new ImportError([parsed.issue]);
  return importStream(executor, streamOf(documentToSource(parsed.document, path)), path, options);
}
