// Writes one batch of records (cypher/import/<collection>/) and returns what undoes it; applies such an undo entry.
import { z } from 'zod';
import { runRows } from '../db/checked-rows';
import { cypher, inBatch } from '../db/cypher-files';
import type { Tx } from '../db/executor';
import { ImportError } from './import-error';
import { COLLECTIONS, type CollectionKey } from './import-schema';

export type Row = Record<string, unknown>;

/** Time limit of one write transaction of an import: a batch, the undo of one, or a whole single-transaction import
 * (which runs far longer than one query may). */
export const DEFAULT_WRITE_TIMEOUT_MS = 60 * 60 * 1000;

/** One transaction's worth of work: a batch of a collection's records, or (before the partners are written) taking
 * their old PartnerIDs off the partner accounts that get another one, so PartnerIDs can move between accounts. */
export interface BatchStep {
  collection: CollectionKey;
  /** end: a snapshot ends relationships or subscriptions it no longer holds; rows are their keys with `until` (the
   * snapshot's date) and `priorUntil`. */
  action: 'write' | 'release-mpn-ids' | 'end';
  rows: Row[];
}

/** What puts the graph back as it was before one batch: the batch's tag, which the records it created carry (so the
 * undo finds them without a list of their keys), how many it created, and the state (properties, labels, replaced
 * links) of those it changed, as the collection's prior.cypher read it. An entry of an earlier version lists the
 * created records' keys instead of a tag. */
export type UndoEntry =
  | { action: 'write'; batch: number | null; created: number | unknown[]; changed: Row[] }
  | { action: 'release-mpn-ids'; released: { id: string; mpnId: string }[] }
  | { action: 'end'; ended: Row[] };

/** What a step did: its undo entry, and how many of its records the graph already held exactly as the rows say, so
 * the step left them alone (nothing to undo; the import's summary counts them). */
export interface StepResult {
  undo: UndoEntry;
  unchanged: number;
}

/** How a step is written: `batch` tags the records it creates (null in a single transaction, which a rollback
 * undoes); `fresh` says the collection held no record when the import began, so every row is new to the graph. */
export interface BatchContext {
  batch: number | null;
  fresh: boolean;
}

type Statement = 'prior' | 'create' | 'update' | 'remove' | 'restore' | 'created-by-batch';

function statement(collection: CollectionKey, name: Statement): string {
  return cypher(`import/${COLLECTIONS[collection].csvFile.replace(/\.csv$/, '')}/${name}.cypher`);
}

/** The statements writeBatch may run for a write step of the collection: what such a step can read and change. */
export function writeStatements(collection: CollectionKey): string[] {
  return (['prior', 'create', 'update'] as const).map((name) => statement(collection, name));
}

/** A row of the create, update, set-until and release statements: how many of the rows found what they refer to. */
const writtenRow = z.object({ written: z.number() });
/** A row of cypher/import/partners/held-mpn-ids.cypher: a partner account and the PartnerID it holds now. */
const heldMpnIdRow = z.object({ id: z.string(), mpnId: z.string() });
/** A row of a collection's created-by-batch.cypher: the key of a record the batch created, an entity's id or a
 * relationship's key fields (text). */
const createdKeyRow = z.object({ key: z.union([z.string(), z.record(z.string(), z.string())]) });

function keyText(collection: CollectionKey, row: Row): string {
  return JSON.stringify(COLLECTIONS[collection].key.map((field) => row[field]));
}

async function runCounted(tx: Tx, query: string, params: Record<string, unknown>, expected: number, what: string) {
  const [result] = await runRows(tx, writtenRow, query, params);
  // Validation saw every endpoint; a row that finds none means the graph changed meanwhile.
  if (result?.written !== expected) {
    throw new ImportError([
      {
        file: '',
        record: '',
        field: '',
        reason: `only ${result?.written ?? 0} of ${expected} ${what} found what they refer to while writing; the graph changed during the import`,
      },
    ]);
  }
}

async function releaseMpnIds(tx: Tx, rows: Row[]): Promise<UndoEntry> {
  const released = await runRows(tx, heldMpnIdRow, cypher('import/partners/held-mpn-ids.cypher'), {
    ...inBatch({ rows: rows.map((row) => ({ id: row.id, mpnId: row.mpnId })) }),
  });
  if (released.length > 0) {
    const keys = released.map((partner) => partner.id);
    await runCounted(tx, cypher('import/partners/release-mpn-ids.cypher'), { keys }, keys.length, 'partners');
  }
  return { action: 'release-mpn-ids', released };
}

function setUntil(collection: CollectionKey): string {
  return cypher(`import/snapshot/set-until-${COLLECTIONS[collection].csvFile.replace(/\.csv$/, '')}.cypher`);
}

async function endAbsent(tx: Tx, collection: CollectionKey, rows: Row[]): Promise<UndoEntry> {
  const keyFields = [...COLLECTIONS[collection].key];
  await runCounted(tx, setUntil(collection), inBatch({ rows }), rows.length, collection);
  const ended = rows.map((row) => ({
    ...Object.fromEntries(keyFields.map((field) => [field, row[field]])),
    until: row.priorUntil,
  }));
  return { action: 'end', ended };
}

/** Reads the prior state of the batch's records, then creates the records that are new and rewrites those that
 * differ; a record the graph already holds exactly as the row says is left as it is (no write, no change stamp,
 * nothing to undo), so a daily export that restates what did not change costs a read. A new record needs no lookup
 * of old links to replace, which keeps a first import fast. Rows of a collection that held nothing when the import
 * began are all new, and skip the read. */
export async function writeBatch(tx: Tx, step: BatchStep, context: BatchContext): Promise<StepResult> {
  const { collection, rows } = step;
  if (step.action === 'release-mpn-ids') {
    const undo: UndoEntry = context.fresh ? { action: 'release-mpn-ids', released: [] } : await releaseMpnIds(tx, rows);
    return { undo, unchanged: 0 };
  }
  if (step.action === 'end') return { undo: await endAbsent(tx, collection, rows), unchanged: 0 };
  // The prior state of each record held, with its collection's own fields (the undo entry keeps it for
  // restore.cypher) and whether the row would change it.
  const priors = context.fresh ? [] : await tx.run(statement(collection, 'prior'), inBatch({ rows }));
  const held = new Map(priors.map((prior) => [keyText(collection, prior), prior.same === true]));
  const fresh = held.size === 0 ? rows : rows.filter((row) => !held.has(keyText(collection, row)));
  const rewritten = held.size === 0 ? [] : rows.filter((row) => held.get(keyText(collection, row)) === false);
  if (fresh.length > 0) {
    const params = { ...inBatch({ rows: fresh }), tag: context.batch };
    await runCounted(tx, statement(collection, 'create'), params, fresh.length, collection);
  }
  if (rewritten.length > 0) {
    await runCounted(tx, statement(collection, 'update'), inBatch({ rows: rewritten }), rewritten.length, collection);
  }
  const changed = priors.filter((prior) => prior.same !== true).map(({ same: _same, ...state }) => state);
  return {
    undo: { action: 'write', batch: context.batch, created: fresh.length, changed },
    unchanged: rows.length - fresh.length - rewritten.length,
  };
}

/** How many records of a write step were new (the rest were in the graph, rewritten or left as they were). */
export function createdBy(entry: UndoEntry): number {
  if (entry.action !== 'write') return 0;
  return Array.isArray(entry.created) ? entry.created.length : entry.created;
}

/** Puts back what one batch changed; entries are undone last batch first. */
export async function undoBatch(tx: Tx, collection: CollectionKey, entry: UndoEntry): Promise<void> {
  if (entry.action === 'release-mpn-ids') {
    await tx.run(cypher('import/partners/restore-mpn-ids.cypher'), { priors: entry.released });
    return;
  }
  if (entry.action === 'end') {
    await tx.run(setUntil(collection), inBatch({ rows: entry.ended }));
    return;
  }
  if (entry.changed.length > 0) await tx.run(statement(collection, 'restore'), { priors: entry.changed });
  if (createdBy(entry) === 0) return;
  const keys = Array.isArray(entry.created)
    ? entry.created
    : (await runRows(tx, createdKeyRow, statement(collection, 'created-by-batch'), { tag: entry.batch })).map(
        (row) => row.key,
      );
  await tx.run(statement(collection, 'remove'), { keys });
}

/** True when the batch changed nothing that an undo would have to put back. */
export function isEmptyUndo(entry: UndoEntry): boolean {
  if (entry.action === 'write') return createdBy(entry) === 0 && entry.changed.length === 0;
  return entry.action === 'end' ? entry.ended.length === 0 : entry.released.length === 0;
}
