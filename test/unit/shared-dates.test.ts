import { describe, expect, it } from 'vitest';
import {
  day,
  formatDay,
  instantFromDatabase,
  isPast,
  isRealDate,
  parseDay,
  parseInstant,
  todayIso,
} from '../../server/shared/dates';

describe('dates', () => {
  it('knows a real calendar date from one that only looks like it', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2021-02-30')).toBe(false);
    expect(isRealDate('2024-2-9')).toBe(false);
    expect(parseDay('2021-02-30')).toBeUndefined();
    expect(() => day('2021-13-01')).toThrow(RangeError);
  });

  it('counts the days of every month as the calendar does, century and 400-year leap rules included', () => {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    for (const year of [1900, 1999, 2000, 2023, 2024, 2100, 2400, 99]) {
      for (let month = 0; month <= 13; month++) {
        for (let date = 0; date <= 32; date++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
          // The calendar's answer: a Date built from the parts rolls over when the day does not exist.
          const built = new Date(Date.UTC(2000, month - 1, date));
          built.setUTCFullYear(year);
          const exists =
            month >= 1 &&
            built.getUTCFullYear() === year &&
            built.getUTCMonth() === month - 1 &&
            built.getUTCDate() === date;
          expect({ text, real: isRealDate(text) }).toEqual({ text, real: exists });
          expect(parseDay(text) !== undefined).toBe(exists);
        }
      }
    }
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
  });

  it('turns dates into day numbers and back', () => {
    expect(parseDay('1970-01-02')).toBe(1);
    expect(formatDay(day('2025-06-30'))).toBe('2025-06-30');
    expect(formatDay(day('0099-12-31'))).toBe('0099-12-31');
  });

  it("gives today's date in UTC", () => {
    expect(todayIso(new Date('2026-12-06T23:59:59-02:00'))).toBe('2026-12-07');
  });

  it('accepts an instant only with its zone, and writes it in UTC with milliseconds', () => {
    expect(parseInstant('2026-12-06T10:00:00+02:00')).toBe('2026-12-06T08:00:00.000Z');
    expect(parseInstant('2026-12-06T10:00:00')).toBeUndefined();
    expect(parseInstant('tomorrow')).toBeUndefined();
  });

  it("reads Neo4j's instants, nanoseconds and zone names included", () => {
    expect(instantFromDatabase('2026-12-06T08:00:00.123456789Z[UTC]')).toBe('2026-12-06T08:00:00.123Z');
    expect(instantFromDatabase('2026-12-06T08:00:00.5Z')).toBe('2026-12-06T08:00:00.500Z');
  });

  it('tells an instant in the past from one in the future', () => {
    const now = new Date('2026-12-06T08:00:00Z');
    expect(isPast('2026-12-06T07:59:59Z', now)).toBe(true);
    expect(isPast('2026-12-06T08:00:01Z', now)).toBe(false);
  });
});
