// One record of a Partner Center export and its place in it: values read by field name in any case (Partner Center's
// responses vary), each problem an issue that names the file, the record and the field as Partner Center spells it.

import { isRealDate } from '../../shared/dates';
import { type ImportIssue, quote } from '../import-error';

/** Where a record sits: `record` is a JSON pointer or CSV line followed by the record's id; `order` is its place in
 * reading order, so that problems are listed as the export is read. */
export interface PcPlace {
  file: string;
  record: string;
  order: number;
}

export interface PcIssue extends ImportIssue {
  order: number;
}

export interface PcRecord {
  at: PcPlace;
  value: Record<string, unknown>;
}

export function pcIssue(at: PcPlace, field: string, reason: string): PcIssue {
  return { file: at.file, record: at.record, field, reason, order: at.order };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of `name` in `object`, whatever the case of its key; `ambiguous` when keys differ only by case. */
export function fieldValue(object: Record<string, unknown>, name: string): { value?: unknown; ambiguous?: string[] } {
  const wanted = name.toLowerCase();
  const keys = Object.keys(object).filter((key) => key.toLowerCase() === wanted);
  if (keys.length > 1) return { ambiguous: keys };
  return keys.length === 1 ? { value: object[keys[0] as string] } : {};
}

/** An absent, null or empty value all mean "none", as in the product's own format. */
function isNone(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/;
/** Partner Center's reconciliation files write dates month first (10/3/2020), with or without a time. */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T].*)?$/;

/** A Partner Center date or date-time as YYYY-MM-DD: the calendar date as written, its time and zone dropped. */
export function pcDate(text: string, monthFirst: boolean): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return isRealDate(iso[1] as string) ? iso[1] : undefined;
  const us = monthFirst ? US_DATE.exec(text) : null;
  if (!us) return undefined;
  const [, month = '', day = '', year = ''] = us;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(date) ? date : undefined;
}

/** Reads the fields of one record; every problem goes to `issues`, and the value read is then undefined. Paths are
 * dotted (`companyProfile.tenantId`) and name fields as Partner Center documents them. */
export class FieldReader {
  constructor(
    readonly record: PcRecord,
    private readonly issues: PcIssue[],
  ) {}

  get at(): PcPlace {
    return this.record.at;
  }

  problem(field: string, reason: string): undefined {
    this.issues.push(pcIssue(this.at, field, reason));
    return undefined;
  }

  /** The raw value at a dotted path, or undefined when it (or an object on the way) is absent or empty. */
  raw(path: string): unknown {
    let current: unknown = this.record.value;
    const steps = path.split('.');
    for (const [index, step] of steps.entries()) {
      if (!isPlainObject(current)) {
        if (isNone(current)) return undefined;
        return this.problem(steps.slice(0, index).join('.'), `must be an object, not ${quote(current)}`);
      }
      const found = fieldValue(current, step);
      if (found.ambiguous) {
        return this.problem(
          steps.slice(0, index + 1).join('.'),
          `is given more than once, in different case (${found.ambiguous.join(', ')})`,
        );
      }
      current = found.value;
    }
    return isNone(current) ? undefined : current;
  }

  /** Text, trimmed; a number is taken as its digits (some exports write PartnerIDs as numbers). */
  text(path: string, required = false): string | undefined {
    const value = this.raw(path);
    if (value === undefined) return required ? this.problem(path, 'is required') : undefined;
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    if (typeof value !== 'string') return this.problem(path, `must be text, not ${quote(value)}`);
    return value.trim();
  }

  /** A date or date-time, as YYYY-MM-DD. */
  date(path: string, options: { required?: boolean; monthFirst?: boolean } = {}): string | undefined {
    const text = this.text(path, options.required);
    if (text === undefined) return undefined;
    const date = pcDate(text, options.monthFirst ?? false);
    if (date !== undefined) return date;
    const forms = options.monthFirst ? 'YYYY-MM-DD (a time may follow) or M/D/YYYY' : 'YYYY-MM-DD (a time may follow)';
    return this.problem(path, `${quote(text)} is not a date that exists written ${forms}`);
  }

  /** One of the keys of `known` (compared in lower case, with `_`, `-` and spaces ignored), as the value it maps
   * to; any other value is a problem, with `hint` saying what to do about it. */
  choice<T>(
    path: string,
    known: Record<string, T>,
    options: { required?: boolean; hint?: string } = {},
  ): T | undefined {
    const text = this.text(path, options.required);
    if (text === undefined) return undefined;
    const key = Object.keys(known).find((name) => normalizeChoice(name) === normalizeChoice(text));
    if (key !== undefined) return known[key];
    const hint = options.hint ? `; ${options.hint}` : '';
    return this.problem(path, `${quote(text)} is not one of ${Object.keys(known).join(', ')}${hint}`);
  }

  boolean(path: string, required = false): boolean | undefined {
    const value = this.raw(path);
    if (value === undefined) return required ? this.problem(path, 'is required') : undefined;
    if (typeof value !== 'boolean') return this.problem(path, `must be true or false, not ${quote(value)}`);
    return value;
  }
}

export function normalizeChoice(text: string): string {
  return text.toLowerCase().replace(/[\s_-]/g, '');
}

/** The values of an enumeration of the product, each mapping to itself. */
export function choicesOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<string, T>;
}
