// Imports a JSON document or a folder of CSV files into the graph: read, validate everything, write all or nothing.
import { stat } from 'node:fs/promises';
import { DatabaseError, type Executor } from '../db/executor';
import { checkAgainstGraph, checkableRecords, checkWithinImport } from './check-import';
import { ImportError, type ImportIssue, inReadingOrder } from './import-error';
import { COLLECTION_KEYS, type CollectionKey } from './import-schema';
import type { ImportSource } from './import-source';
import { readCsvFolder } from './read-csv-folder';
import { documentToSource, readJsonFile } from './read-json';
import { validateRecords } from './validate-records';
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

/** undoing: a journaled write failed or was stopped, and its committed batches are being undone. */
export type ImportPhase = 'reading' | 'validating' | 'writing' | 'undoing';

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
  /** Time limit of each write transaction (default one hour). */
  timeoutMs?: number;
  /** Aborting it stops the write before its next batch and undoes what was written. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  /** Records imported (or, on a dry run, that would be). */
  records: number;
  counts: Record<CollectionKey, number>;
  /** False on a dry run. */
  written: boolean;
  /** How it was written; absent on a dry run. */
  transaction?: 'single' | 'journaled';
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

async function importSource(
  executor: Executor,
  source: ImportSource,
  sourceName: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const report = (phase: ImportPhase, done: number, total: number) => options.onProgress?.({ phase, done, total });
  const total = COLLECTION_KEYS.reduce((sum, key) => sum + (source.records[key]?.length ?? 0), 0);
  report('validating', 0, total);
  const { valid, issues } = validateRecords(source);
  const checkable = checkableRecords(source, issues);
  const problems: ImportIssue[] = [...source.issues, ...issues, ...checkWithinImport(checkable)];
  problems.push(...(await checkAgainstGraph(executor, checkable, source)));
  report('validating', total, total);
  if (problems.length > 0) throw new ImportError(inReadingOrder(problems));

  const counts = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, valid[key].length])) as Record<
    CollectionKey,
    number
  >;
  if (options.dryRun) return { records: total, counts, written: false };
  report('writing', 0, total);
  try {
    const transaction = await writeImport(executor, valid, {
      source: sourceName,
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      timeoutMs: options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS,
      transaction: options.transaction ?? 'auto',
      singleTransactionLimit: options.singleTransactionLimit ?? DEFAULT_SINGLE_TRANSACTION_LIMIT,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      signal: options.signal,
      onBatch: (written) => report('writing', written, total),
      onUndo: (undone, batches) => report('undoing', undone, batches),
    });
    return { records: total, counts, written: true, transaction };
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
  return importSource(executor, documentToSource(document, source), source, options);
}

/** Imports a `.json` file or a folder of CSV files. */
export async function importPath(executor: Executor, path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const found = await stat(path).catch(() => undefined);
  if (!found) throw new ImportError([{ file: path, record: '', field: '', reason: 'does not exist' }]);
  const reading = (done: number, total: number) => options.onProgress?.({ phase: 'reading', done, total });
  if (found.isDirectory()) {
    return importSource(executor, await readCsvFolder(path, reading), path, options);
  }
  if (!path.toLowerCase().endsWith('.json')) {
    throw new ImportError([
      { file: path, record: '', field: '', reason: 'must be a .json file or a folder of CSV files' },
    ]);
  }
  reading(0, 1);
  const parsed = await readJsonFile(path);
  reading(1, 1);
  if (!parsed.ok) throw new ImportError([parsed.issue]);
  return importSource(executor, documentToSource(parsed.document, path), path, options);
}
