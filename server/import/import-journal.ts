// The journal that makes a batched import all-or-nothing: an (:Import) marker with its state, and one
// (:ImportJournal) undo entry per committed batch; undoing replays the entries last first, and recovery undoes an
// import whose process died part-way.
import { randomInt, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';
import { readRows, runRows, writeRows } from '../db/checked-rows';
import { cypher } from '../db/cypher-files';
import { DatabaseError, type Executor, type Tx } from '../db/executor';
import { ImportError } from './import-error';
import { COLLECTION_KEYS, type CollectionKey } from './import-schema';
import { DEFAULT_WRITE_TIMEOUT_MS, type UndoEntry, undoBatch } from './write-batch';

/** writing: batches are being committed; done: all of them are, the journal is being deleted; undoing: the committed
 * batches are being undone; undone: they all are. A finished import deletes its marker. */
export const IMPORT_STATES = ['writing', 'done', 'undoing', 'undone'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** A marker whose owner has not been heard of for this long is taken to be abandoned (its process or machine gone). */
export const DEFAULT_STALE_AFTER_MS = 5 * 60 * 1000;
/** The longest a journaled batch transaction may run: less than DEFAULT_STALE_AFTER_MS, so that once a recovery has
 * taken an abandoned import over, no batch its writer had begun can still commit. */
export const BATCH_TIMEOUT_MS = DEFAULT_STALE_AFTER_MS - 60 * 1000;
/** How often the owner of a running import says it is alive. */
const HEARTBEAT_MS = 15 * 1000;

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';
/** Batch tags of one import are tagBase + seq; with 2^32 bases they stay exact integers in a double. */
const BATCHES_PER_IMPORT = 2 ** 20;

/** A row of cypher/import/journal/unfinished.cypher: an import's marker, and how long it has been silent. */
const unfinishedImport = z.object({
  id: z.string(),
  state: z.enum(IMPORT_STATES),
  source: z.string(),
  startedAt: z.string(),
  owner: z.string(),
  host: z.string(),
  pid: z.number(),
  heartbeatAt: z.string(),
  silentMs: z.number(),
});
type UnfinishedImport = z.infer<typeof unfinishedImport>;

/** A row of cypher/import/journal/entries.cypher: the sequence number of an undo entry. */
const entrySeqRow = z.object({ seq: z.number() });
/** A row of cypher/import/journal/entry.cypher: the collection of a batch and its undo entry (JSON text). */
const entryRow = z.object({ collection: z.enum(COLLECTION_KEYS), undo: z.string() });
/** A row of cypher/import/journal/take-over.cypher: the state of the import taken over. */
const takenRow = z.object({ state: z.enum(IMPORT_STATES) });

/** An import found abandoned and finished off by recoverImports. */
export interface RecoveredImport {
  id: string;
  source: string;
  startedAt: string;
  /** The state it was left in: 'writing' and 'undoing' were undone, 'done' and 'undone' only cleaned up. */
  state: ImportState;
}

/** A recovery took the import over while this process was writing or undoing it (it had been silent too long). */
export class ImportTakenOverError extends Error {
  override name = 'ImportTakenOverError';
}

/** Who runs an import: a marker records it, so a recovery can tell a live import from an abandoned one. */
function newOwner(): { owner: string; host: string; pid: number } {
  return { owner: randomUUID(), host: hostname(), pid: process.pid };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isAbandoned(marker: UnfinishedImport, staleAfterMs: number): boolean {
  const ownerGone = marker.host === hostname() && !processAlive(marker.pid);
  return ownerGone || marker.silentMs >= staleAfterMs;
}

async function check(tx: Tx, id: string, owner: string, state: ImportState): Promise<void> {
  const rows = await tx.run(cypher('import/journal/check.cypher'), { id, owner, state });
  if (rows.length === 0) {
    throw new ImportTakenOverError(
      `The import ${id} is no longer ${state} by this process: a recovery took it over (it had been silent for too long)`,
    );
  }
}

/** Keeps the marker's heartbeat fresh while this process works on the import; returns the function that stops it. */
function startHeartbeat(executor: Executor, id: string, owner: string): () => void {
  const timer = setInterval(() => {
    // A failed heartbeat needs no handling here: the import's own next statement meets the same problem and reports it.
    executor.write(cypher('import/journal/heartbeat.cypher'), { id, owner }).catch(() => undefined);
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

async function setState(executor: Executor, id: string, owner: string, from: ImportState, to: ImportState) {
  const rows = await executor.write(cypher('import/journal/set-state.cypher'), { id, owner, from, to });
  if (rows.length === 0) {
    throw new ImportTakenOverError(`The import ${id} could not move from ${from} to ${to}: it is no longer ${from}`);
  }
}

/** Deletes what is left of an import's bookkeeping: its undo entries (in small transactions), then its marker. */
async function cleanUp(executor: Executor, id: string): Promise<void> {
  await executor.autoCommit(cypher('import/journal/delete-journal.cypher'), { importId: id });
  await executor.write(cypher('import/journal/finish.cypher'), { id });
}

/** Undoes every committed batch of an import in state 'undoing', last first, each in its own transaction together
 * with the deletion of its entry (so a crash half-way leaves the rest to undo, and nothing is undone twice). Reads the
 * journal again until it is empty, in case a batch of a writer that just died committed after the first read. */
async function undoEntries(
  executor: Executor,
  id: string,
  owner: string,
  timeoutMs: number,
  onUndo?: (undone: number, total: number) => void,
): Promise<void> {
  const stopHeartbeat = startHeartbeat(executor, id, owner);
  try {
    let undone = 0;
    for (;;) {
      // Read where the batches were written (a cluster's leader), so no committed entry is missed.
      const entries = await writeRows(executor, entrySeqRow, cypher('import/journal/entries.cypher'), { importId: id });
      if (entries.length === 0) break;
      const total = undone + entries.length;
      onUndo?.(undone, total);
      for (const { seq } of entries) {
        await executor.writeTransaction(
          async (tx) => {
            await check(tx, id, owner, 'undoing');
            const [entry] = await runRows(tx, entryRow, cypher('import/journal/entry.cypher'), { importId: id, seq });
            if (!entry) return;
            await undoBatch(tx, entry.collection, JSON.parse(entry.undo) as UndoEntry);
            await tx.run(cypher('import/journal/forget-entry.cypher'), { importId: id, seq });
          },
          { timeoutMs },
        );
        undone++;
        onUndo?.(undone, total);
      }
    }
    await setState(executor, id, owner, 'undoing', 'undone');
    await cleanUp(executor, id);
  } finally {
    stopHeartbeat();
  }
}

/** Finishes off every abandoned import (see isAbandoned): undoes one left writing or undoing, and deletes the
 * bookkeeping of one left done or undone. Imports still running elsewhere are left alone. */
export async function recoverImports(
  executor: Executor,
  options: { staleAfterMs?: number; timeoutMs?: number } = {},
): Promise<RecoveredImport[]> {
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const recovered: RecoveredImport[] = [];
  for (const marker of await readRows(executor, unfinishedImport, cypher('import/journal/unfinished.cypher'))) {
    if (!isAbandoned(marker, staleAfterMs)) continue;
    const me = newOwner();
    const [taken] = await writeRows(executor, takenRow, cypher('import/journal/take-over.cypher'), {
      id: marker.id,
      seenOwner: marker.owner,
      seenHeartbeatAt: marker.heartbeatAt,
      ...me,
    });
    if (!taken) continue;
    if (taken.state === 'undoing') {
      await undoEntries(executor, marker.id, me.owner, options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS);
    } else {
      await cleanUp(executor, marker.id);
    }
    recovered.push({ id: marker.id, source: marker.source, startedAt: marker.startedAt, state: marker.state });
  }
  return recovered;
}

/** Refuses to start while another import is being written (after finishing off abandoned ones). */
export async function assertNoImportRunning(executor: Executor, source: string): Promise<void> {
  await recoverImports(executor);
  const [running] = await readRows(executor, unfinishedImport, cypher('import/journal/unfinished.cypher'));
  if (running) throw anotherImportRunning(source, running);
}

function anotherImportRunning(source: string, running?: UnfinishedImport): ImportError {
  const which = running ? ` (${running.source}, started ${running.startedAt} on ${running.host})` : '';
  return new ImportError([
    {
      file: source,
      record: '',
      field: '',
      reason: `another import${which} is being written; try again once it has finished`,
    },
  ]);
}

/** A single-transaction import takes the running slot inside its own transaction and frees it again before the
 * commit: it leaves no trace, and no journaled import can start while it runs. */
export async function takeRunningSlot(tx: Tx, source: string, records: number): Promise<{ release(): Promise<void> }> {
  const id = randomUUID();
  try {
    await tx.run(cypher('import/journal/begin.cypher'), { id, source, records, ...newOwner() });
  } catch (error) {
    if ((error as { code?: unknown }).code === CONSTRAINT_FAILED) throw anotherImportRunning(source);
    throw error;
  }
  return {
    release: async () => {
      await tx.run(cypher('import/journal/finish.cypher'), { id });
    },
  };
}

/** The marker of one import as it runs in this process: keeps its heartbeat, checks each batch transaction and
 * records its undo entry. */
export class ImportJournal {
  /** Stops the heartbeat (idempotent); finish and undo call it, and so must whoever gives up on the import. */
  readonly stopHeartbeat: () => void;

  /** The first of this import's batch tags: random, so that tags left on records by earlier imports (they mark the
   * batch that created a record, and are never read again once the import is finished) cannot meet this one's. */
  private readonly tagBase = randomInt(1, 2 ** 32) * BATCHES_PER_IMPORT;

  private constructor(
    readonly id: string,
    private readonly executor: Executor,
    private readonly owner: string,
    private readonly timeoutMs: number,
  ) {
    this.stopHeartbeat = startHeartbeat(executor, id, owner);
  }

  /** The tag of batch `seq`, which the records it creates carry (`importBatch`) so that its undo can find them. */
  batchTag(seq: number): number {
    if (seq >= BATCHES_PER_IMPORT) throw new Error(`An import may write at most ${BATCHES_PER_IMPORT} batches`);
    return this.tagBase + seq;
  }

  /** Creates the marker (state 'writing'); fails when another import holds the one running slot. */
  static async begin(executor: Executor, source: string, records: number, timeoutMs: number): Promise<ImportJournal> {
    const id = randomUUID();
    const me = newOwner();
    try {
      await executor.write(cypher('import/journal/begin.cypher'), { id, source, records, ...me });
    } catch (error) {
      if (error instanceof DatabaseError && error.code === CONSTRAINT_FAILED) throw anotherImportRunning(source);
      throw error;
    }
    return new ImportJournal(id, executor, me.owner, timeoutMs);
  }

  /** First statement of a batch transaction: the import must still be writing, and still this process's. */
  check(tx: Tx): Promise<void> {
    return check(tx, this.id, this.owner, 'writing');
  }

  async record(tx: Tx, seq: number, collection: CollectionKey, undo: UndoEntry): Promise<void> {
    await tx.run(cypher('import/journal/record.cypher'), {
      importId: this.id,
      seq,
      collection,
      undo: JSON.stringify(undo),
    });
  }

  /** Every batch is committed: the import is done, and its journal goes. */
  async finish(): Promise<void> {
    this.stopHeartbeat();
    await setState(this.executor, this.id, this.owner, 'writing', 'done');
    await cleanUp(this.executor, this.id);
  }

  /** Undoes the committed batches, last first, and removes the journal. */
  async undo(onUndo?: (undone: number, total: number) => void): Promise<void> {
    this.stopHeartbeat();
    await setState(this.executor, this.id, this.owner, 'writing', 'undoing');
    await undoEntries(this.executor, this.id, this.owner, this.timeoutMs, onUndo);
  }
}
