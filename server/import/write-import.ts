// Writes validated records in one write transaction, in batches of UNWIND rows: all of it takes effect, or none.
import { cypher } from '../db/cypher-files';
import type { Executor, Tx } from '../db/executor';
import { ImportError } from './import-error';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from './import-schema';
import type { ValidRecords } from './validate-records';

export const DEFAULT_BATCH_SIZE = 5_000;
/** A large import runs far longer than one query may, so its transaction gets its own limit. */
export const DEFAULT_WRITE_TIMEOUT_MS = 60 * 60 * 1000;

export interface WriteOptions {
  batchSize: number;
  timeoutMs: number;
  onBatch?: (written: number, total: number) => void;
}

function statementFor(key: CollectionKey): string {
  return cypher(`import/${COLLECTIONS[key].csvFile.replace(/\.csv$/, '.cypher')}`);
}

function batches<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

async function writeCollection(
  tx: Tx,
  key: CollectionKey,
  rows: unknown[],
  options: WriteOptions,
  progress: { written: number; total: number },
): Promise<void> {
  for (const batch of batches(rows, options.batchSize)) {
    const [result] = await tx.run<{ written: number }>(statementFor(key), { rows: batch });
    // Validation saw every endpoint; a row that finds none means the graph changed meanwhile.
    if (result?.written !== batch.length) {
      throw new ImportError([
        {
          file: '',
          record: '',
          field: '',
          reason: `only ${result?.written ?? 0} of ${batch.length} ${key} found what they refer to while writing; the graph changed during the import`,
        },
      ]);
    }
    progress.written += batch.length;
    options.onBatch?.(progress.written, progress.total);
  }
}

/** Writes every record; throws (and the transaction rolls back) on the first failure. */
export async function writeImport(executor: Executor, valid: ValidRecords, options: WriteOptions): Promise<void> {
  const total = COLLECTION_KEYS.reduce((sum, key) => sum + valid[key].length, 0);
  await executor.writeTransaction(
    async (tx) => {
      const progress = { written: 0, total };
      for (const key of COLLECTION_KEYS) {
        const rows = valid[key].map((record) => record.value);
        if (key === 'partners') {
          for (const ids of batches(
            valid.partners.map((partner) => partner.value.id),
            options.batchSize,
          )) {
            await tx.run(cypher('import/partners-release-mpn-ids.cypher'), { ids });
          }
        }
        await writeCollection(tx, key, rows, options, progress);
      }
    },
    { timeoutMs: options.timeoutMs },
  );
}
