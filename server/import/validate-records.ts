// Checks every record against its collection's schema and turns zod's findings into readable import issues.
import type { z } from 'zod';
import { type ImportIssue, quote } from './import-error';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey, type RecordOf } from './import-schema';
import type { ImportSource, RecordLocation, SourceRecord } from './import-source';

export interface ValidRecord<T> {
  at: RecordLocation;
  value: T;
}

export type ValidRecords = { [K in CollectionKey]: ValidRecord<RecordOf<K>>[] };

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${quote(value)}`;
}

const ARTICLE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Reasons in the import's own words; zod's default text is kept only for cases not named here. */
function reasonFor(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${ARTICLE[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string' && typeof issue.input === 'string') {
        return `is ${issue.input.length.toLocaleString('en-US')} characters long; at most ${issue.maximum.toLocaleString('en-US')} are allowed`;
      }
      return `must be at most ${issue.maximum}, not ${quote(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}, not ${quote(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => String(value)).join(', ')}, not ${quote(issue.input)}`;
    default:
      return undefined;
  }
}

function toIssues(at: RecordLocation, key: CollectionKey, error: z.core.$ZodError): ImportIssue[] {
  return error.issues.flatMap((issue): ImportIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      const fields = Object.keys(COLLECTIONS[key].schema.shape).join(', ');
      return issue.keys.map((field) => ({
        ...at,
        field,
        reason: `is not a field of ${key} (they are: ${fields}; names are case-sensitive)`,
      }));
    }
    const [field, item] = issue.path;
    const prefix = typeof item === 'number' ? `item ${item + 1}: ` : '';
    return [{ ...at, field: field === undefined ? '' : String(field), reason: `${prefix}${issue.message}` }];
  });
}

/** Checks one record against its collection's schema: its value with defaults applied, or the problems found. */
export function validateRecord<K extends CollectionKey>(
  key: K,
  { at, value }: SourceRecord,
): { value: RecordOf<K>; issues: [] } | { value: undefined; issues: ImportIssue[] } {
  const result = (COLLECTIONS[key].schema as z.ZodType).safeParse(value, { error: reasonFor });
  if (result.success) return { value: result.data as RecordOf<K>, issues: [] };
  return { value: undefined, issues: toIssues(at, key, result.error) };
}

export function validateRecords(source: ImportSource): { valid: ValidRecords; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const valid = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, []])) as unknown as ValidRecords;
  for (const key of COLLECTION_KEYS) {
    const target = valid[key] as ValidRecord<unknown>[];
    for (const record of source.records[key] ?? []) {
      const result = validateRecord(key, record);
      if (result.value === undefined) issues.push(...result.issues);
      else target.push({ at: record.at, value: result.value });
    }
  }
  return { valid, issues };
}
