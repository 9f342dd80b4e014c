// Dates as whole days since 1970-01-01, written YYYY-MM-DD: cheap to compare and to shift by a number of days.

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a YYYY-MM-DD date, or undefined when the text is not a real date. */
export function parseDay(text: string): number | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

/** A date the generator itself chose; a typo here is a bug, so it throws. */
export function day(text: string): number {
  const value = parseDay(text);
  if (value === undefined) throw new RangeError(`'${text}' is not a date`);
  return value;
}

const formatted = new Map<number, string>();

/** Millions of rows share a few thousand distinct dates, so each is formatted once. */
export function formatDay(value: number): string {
  let text = formatted.get(value);
  if (text === undefined) {
    text = new Date(value * MS_PER_DAY).toISOString().slice(0, 10);
    formatted.set(value, text);
  }
  return text;
}
