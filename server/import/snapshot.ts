// A snapshot import (`--snapshot`): the input is the whole truth for the organizations it names, so their
// relationships and subscriptions in the graph that the input no longer holds are ended as of the snapshot's date
// (their until set, nothing deleted). This finds them; the writer ends them after the records, all or nothing.
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypher, inBatch } from '../db/cypher-files';
import type { Executor } from '../db/executor';
import { inParallel } from '../shared/in-parallel';
import { chunks, type ImportChecker, LOOKUP_SESSIONS } from './check-import';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from './import-schema';
import type { Row } from './write-batch';

/** How many organizations one graph lookup sends. */
const LOOKUP_BATCH = 5_000;

/** What a snapshot ends, by collection: each row the record's key, `until` (the snapshot's date) and `priorUntil`. */
export type SnapshotEnds = Partial<Record<CollectionKey, Row[]>>;

/** A row of cypher/import/snapshot/held.cypher: a relationship or subscription of the organizations, by its key
 * fields (a sale's key has no kind: null), and its until. */
const heldRow = z.object({
  collection: z.enum(COLLECTION_KEYS),
  key: z.record(z.string(), z.string().nullable()),
  until: z.string().nullable(),
});

/** The relationships and subscriptions of the import's organizations, open on `asOf`, that the import does not hold. */
export async function findEnds(executor: Executor, checker: ImportChecker, asOf: string): Promise<SnapshotEnds> {
  const ends: SnapshotEnds = {};
  const seen = new Set<string>();
  const organizationIds = checker.organizationIds();
  // Looked up side by side; taken in the organizations' order, so the ends come out the same every time.
  const found: z.infer<typeof heldRow>[][] = [];
  await inParallel(chunks(organizationIds, LOOKUP_BATCH), LOOKUP_SESSIONS, async (ids, index) => {
    found[index] = await readRows(executor, heldRow, cypher('import/snapshot/held.cypher'), {
      ...inBatch({ organizationIds: ids }),
      asOf,
    });
  });
  for (const held of found) {
    for (const { collection, key, until } of held) {
      const values = COLLECTIONS[collection].key.map((field) => key[field] as string);
      const text = JSON.stringify([collection, values]);
      if (seen.has(text) || checker.holds(collection, values)) continue;
      seen.add(text);
      const row = Object.fromEntries(COLLECTIONS[collection].key.map((field) => [field, key[field]]));
      const rows = ends[collection] ?? [];
      rows.push({ ...row, until: asOf, priorUntil: until });
      ends[collection] = rows;
    }
  }
  return ends;
}
