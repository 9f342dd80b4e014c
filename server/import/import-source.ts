// What a reader hands to validation: the raw records of each collection, each with the place it came from.
import type { ImportIssue } from './import-error';
import { COLLECTION_KEYS, type CollectionKey } from './import-schema';

/** `record` is a JSON pointer (`/partners/3`) or a CSV line (`line 7`). */
export interface RecordLocation {
  file: string;
  record: string;
}

export interface SourceRecord {
  at: RecordLocation;
  /** Field values as read; absent optional values are left out. */
  value: Record<string, unknown>;
}

export interface ImportSource {
  records: { [K in CollectionKey]?: SourceRecord[] };
  /** Problems found while reading (an unreadable file, an unknown column): reported with the validation errors. */
  issues: ImportIssue[];
}

export function issueAt(at: RecordLocation, field: string, reason: string): ImportIssue {
  return { file: at.file, record: at.record, field, reason };
}

/** An import read one collection at a time, as often as needed: checked in one pass, written in the next, so a large
 * import never has to fit in memory. */
export interface RecordStream {
  /** Problems with the input as a whole, found when it was opened (unknown files, a wrong document header). */
  issues: ImportIssue[];
  /** The collections it holds, in the order they are written. */
  collections: CollectionKey[];
  /** Every record of one collection, in order; problems found while reading it (a bad CSV header) go to `issues`. */
  records(collection: CollectionKey, issues: ImportIssue[]): AsyncIterable<SourceRecord>;
}

/** A source already in memory (a parsed JSON document) as a stream. */
export function streamOf(source: ImportSource): RecordStream {
  return {
    issues: source.issues,
    collections: COLLECTION_KEYS.filter((key) => source.records[key] !== undefined),
    async *records(collection) {
      yield* source.records[collection] ?? [];
    },
  };
}
