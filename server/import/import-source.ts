// What a reader hands to validation: the raw records of each collection, each with the place it came from.
import type { ImportIssue } from './import-error';
import type { CollectionKey } from './import-schema';

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
