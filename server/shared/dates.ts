// Calendar dates as the product writes them, YYYY-MM-DD in UTC: checking, parsing, today's date and formatting. It
// uses no Node API, so the explorer bundles the same module.

/** The form of a date; that it also exists is isRealDate's question. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a calendar date that exists, written YYYY-MM-DD (2024-02-29 does, 2021-02-30 does not). Counted, not
 * built as a Date: an import checks millions of them. */
export function isRealDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const date = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || date < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return date <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

/** Milliseconds at the date's UTC midnight, or undefined when the text is no calendar date that exists. */
function utcMidnight(text: string): number | undefined {
  if (!isRealDate(text)) return undefined;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  // Date.UTC reads years 0-99 as 1900-1999, so the year is set on its own.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Today's date in UTC: the default as-of date everywhere. */
export function todayIso(now: Date = new Date()): string {
  return isoDate(now);
}

/** An instant with an explicit zone (Z or an offset): a bare local time would mean different instants to each side. */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with its zone, as UTC with milliseconds; undefined for anything else. */
export function parseInstant(text: string): string | undefined {
  const time = INSTANT_PATTERN.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** An instant as Neo4j writes it (up to nanoseconds, perhaps a zone name after it: "…000000000Z[UTC]"), as UTC with
 * milliseconds. */
export function instantFromDatabase(text: string): string {
  return new Date(Date.parse(text.replace(/\[.*\]$/, ''))).toISOString();
}

/** Whether an ISO 8601 instant is `now` or earlier. */
export function isPast(instant: string, now: Date = new Date()): boolean {
  return Date.parse(instant) <= now.getTime();
}

/** The day number (days since 1970-01-01) of a YYYY-MM-DD date, or undefined when it is no real date. */
export function parseDay(text: string): number | undefined {
  const ms = utcMidnight(text);
  return ms === undefined ? undefined : ms / MS_PER_DAY;
}

/** The day number of a date the code itself wrote; a typo there is a bug, so it throws. */
export function day(text: string): number {
  const value = parseDay(text);
  if (value === undefined) throw new RangeError(`'${text}' is not a date`);
  return value;
}

const formatted = new Map<number, string>();

/** A day number as YYYY-MM-DD; millions of generated rows share a few thousand dates, so each is formatted once. */
export function formatDay(value: number): string {
  let text = formatted.get(value);
  if (text === undefined) {
    text = isoDate(new Date(value * MS_PER_DAY));
    formatted.set(value, text);
  }
  return text;
}
