// Writes validated records all or nothing: a small import in one transaction; a large one in batches that each commit
// together with their undo entry, so that a failure (or a stop) part-way is undone batch by batch.
import { cypher } from '../db/cypher-files';
import { DatabaseError, type Executor } from '../db/executor';
import {
  assertNoImportRunning,
  BATCH_TIMEOUT_MS,
  ImportJournal,
  ImportTakenOverError,
  takeRunningSlot,
} from './import-journal';
import { COLLECTION_KEYS, type CollectionKey } from './import-schema';
import { type BatchStep, createdBy, isEmptyUndo, type Row, type StepResult, writeBatch } from './write-batch';

export { DEFAULT_WRITE_TIMEOUT_MS } from './write-batch';

/** Of a write step's records: how many were new to the graph, and how many it held exactly as imported. */
export interface WrittenCounts {
  created: number;
  unchanged: number;
}

function writtenBy(result: StepResult): WrittenCounts {
  return { created: createdBy(result.undo), unchanged: result.unchanged };
}

/** single: one transaction (Neo4j must hold the whole import in its transaction memory); journaled: batches with an
 * undo journal; auto: single up to singleTransactionLimit records, journaled above. */
export type TransactionMode = 'single' | 'journaled' | 'auto';
export const TRANSACTION_MODES: readonly TransactionMode[] = ['single', 'journaled', 'auto'];

/** Rows per statement and per journaled transaction (docs/benchmarks.md, "Import", compares sizes). */
export const DEFAULT_BATCH_SIZE = 10_000;
/** Up to this many records, auto mode writes one transaction. */
export const DEFAULT_SINGLE_TRANSACTION_LIMIT = 50_000;
/** Journaled batches in flight at once. */
export const DEFAULT_CONCURRENCY = 2;

export interface WriteOptions {
  /** Names the import in messages and on its journal marker. */
  source: string;
  batchSize: number;
  timeoutMs: number;
  transaction: TransactionMode;
  singleTransactionLimit: number;
  /** Journaled batches of one collection written side by side (Neo4j uses a core per transaction). */
  concurrency: number;
  /** Aborting it stops the import before its next batch; what was written is undone. */
  signal?: AbortSignal;
  onBatch?: (written: number, total: number) => void;
  /** After each committed write step: how many of its records were new, and how many the graph held as imported. */
  onWritten?: (collection: CollectionKey, written: WrittenCounts) => void;
  onUndo?: (undone: number, total: number) => void;
}

/** The import was told to stop before it finished; nothing of it stays in the graph. */
export class ImportStoppedError extends Error {
  override name = 'ImportStoppedError';
}

/** Writing failed and so did undoing what was written: the journal stays, and a later recovery finishes the undo. */
export class ImportUndoError extends Error {
  override name = 'ImportUndoError';
}

/** The valid records of an import as rows to write, read collection by collection in batches (a CSV folder is
 * read from disk again, so the import never has to fit in memory). */
export interface RowBatches {
  /** How many records there are in all. */
  total: number;
  batches(collection: CollectionKey, size: number): AsyncIterable<Row[]>;
  /** What a snapshot ends once every record is written, by collection (see BatchStep 'end'). */
  ends?: Partial<Record<CollectionKey, Row[]>>;
}

/** Every transaction's worth of work in order: collections as COLLECTIONS lists them, and before the partners,
 * the release of PartnerIDs that move (which reads the partners once more). */
export async function* planSteps(records: RowBatches, batchSize: number): AsyncGenerator<BatchStep> {
  for (const collection of COLLECTION_KEYS) {
    if (collection === 'partners') {
      for await (const rows of records.batches(collection, batchSize)) {
        yield { collection, action: 'release-mpn-ids', rows };
      }
    }
    for await (const rows of records.batches(collection, batchSize)) yield { collection, action: 'write', rows };
  }
  for (const collection of COLLECTION_KEYS) {
    const ends = records.ends?.[collection] ?? [];
    for (let start = 0; start < ends.length; start += batchSize) {
      yield { collection, action: 'end', rows: ends.slice(start, start + batchSize) };
    }
  }
}

export function chooseMode(records: number, options: Pick<WriteOptions, 'transaction' | 'singleTransactionLimit'>) {
  if (options.transaction !== 'auto') return options.transaction;
  return records <= options.singleTransactionLimit ? 'single' : 'journaled';
}

/** The collections that hold no record yet: every record of theirs in the import is new to the graph. */
async function emptyCollections(run: (query: string) => Promise<Record<string, unknown>[]>) {
  const [held] = await run(cypher('import/collections-held.cypher'));
  return new Set(COLLECTION_KEYS.filter((key) => held?.[key] === false));
}

function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new ImportStoppedError('The import was stopped before it finished; nothing of it stays in the graph.');
  }
}

/** Errors thrown inside a transaction come back wrapped as database errors; the import's own are unwrapped. */
function unwrapped(error: unknown): unknown {
  return error instanceof DatabaseError && error.code === undefined && error.cause instanceof Error
    ? error.cause
    : error;
}

async function writeSingle(executor: Executor, records: RowBatches, options: WriteOptions) {
  const { total } = records;
  // Reported after the commit: a transaction the driver retries would count twice.
  const stepCounts: [CollectionKey, WrittenCounts][] = [];
  await executor.writeTransaction(
    async (tx) => {
      stepCounts.length = 0;
      const slot = await takeRunningSlot(tx, options.source, total);
      const empty = await emptyCollections((query) => tx.run(query));
      let written = 0;
      for await (const step of planSteps(records, options.batchSize)) {
        throwIfStopped(options.signal);
        const result = await writeBatch(tx, step, { batch: null, fresh: empty.has(step.collection) });
        stepCounts.push([step.collection, writtenBy(result)]);
        if (step.action === 'write') {
          written += step.rows.length;
          options.onBatch?.(written, total);
        }
      }
      await slot.release();
    },
    { timeoutMs: options.timeoutMs },
  );
  for (const [collection, counts] of stepCounts) options.onWritten?.(collection, counts);
}

/** Runs the steps with at most `concurrency` at once. Consecutive steps of one collection (and action) may run side
 * by side; a collection starts only once the one before it is committed, since its records point at those. After
 * the first failure nothing new starts; what is running is waited for, then the failure is thrown. */
async function runSteps(
  steps: AsyncIterable<BatchStep>,
  concurrency: number,
  run: (step: BatchStep, seq: number) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let phase: string | undefined;
  let seq = 0;
  try {
    for await (const step of steps) {
      const stepPhase = `${step.collection} ${step.action}`;
      if (stepPhase !== phase) await Promise.all(running);
      phase = stepPhase;
      while (running.size >= concurrency) await Promise.race(running);
      if (failure) break;
      const task: Promise<void> = run(step, seq++)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => running.delete(task));
      running.add(task);
    }
  } catch (error) {
    failure ??= { error };
  }
  await Promise.all(running);
  if (failure) throw failure.error;
}

async function writeJournaled(executor: Executor, records: RowBatches, options: WriteOptions) {
  const { total } = records;
  const journal = await ImportJournal.begin(executor, options.source, total, options.timeoutMs);
  // Read once the running slot is taken: no other import can fill a collection after it.
  const empty = await emptyCollections((query) => executor.read(query));
  let written = 0;
  try {
    await runSteps(planSteps(records, options.batchSize), options.concurrency, async (step, seq) => {
      throwIfStopped(options.signal);
      await executor
        .writeTransaction(
          async (tx) => {
            await journal.check(tx);
            const context = { batch: journal.batchTag(seq), fresh: empty.has(step.collection) };
            const result = await writeBatch(tx, step, context);
            if (!isEmptyUndo(result.undo)) await journal.record(tx, seq, step.collection, result.undo);
            return writtenBy(result);
          },
          { timeoutMs: Math.min(options.timeoutMs, BATCH_TIMEOUT_MS) },
        )
        .then((counts) => options.onWritten?.(step.collection, counts));
      if (step.action === 'write') {
        written += step.rows.length;
        options.onBatch?.(written, total);
      }
    });
  } catch (error) {
    const failure = unwrapped(error);
    // A recovery that took the import over is undoing it already.
    if (failure instanceof ImportTakenOverError) throw failure;
    try {
      await journal.undo(options.onUndo);
    } catch (undoError) {
      const reason = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));
      throw new ImportUndoError(
        `Writing the import failed (${reason(failure)}), and undoing the batches already written failed too ` +
          `(${reason(unwrapped(undoError))}). The graph holds part of the import until the undo is finished, which ` +
          'happens by itself when the product next starts or the next import begins, once this process has ended.',
        { cause: failure },
      );
    }
    throw error;
  } finally {
    journal.stopHeartbeat();
  }
  await journal.finish();
}

/** Writes every record, in the mode the options choose; returns that mode. On failure the graph is as before. */
export async function writeImport(
  executor: Executor,
  records: RowBatches,
  options: WriteOptions,
): Promise<'single' | 'journaled'> {
  const mode = chooseMode(records.total, options);
  await assertNoImportRunning(executor, options.source);
  try {
    if (mode === 'single') await writeSingle(executor, records, options);
    else await writeJournaled(executor, records, options);
  } catch (error) {
    throw unwrapped(error);
  }
  return mode;
}
