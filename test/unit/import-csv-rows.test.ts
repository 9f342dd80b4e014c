// The CSV row reader's fast path must give what csv-parse gives: the same rows, line numbers and errors, for files
// with and without quotes, carriage returns, blank lines and byte-order marks, read in chunks of any size.
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../server/generate/prng';
import { CSV_OPTIONS, type CsvRow, csvRowBatches } from '../../server/import/csv-rows';

type Outcome = { rows: { record: string[]; lines: number }[] } | { error: string; lines: number | undefined };

function expected(text: string): Outcome {
  try {
    const rows = parse(text, CSV_OPTIONS) as unknown as CsvRow[];
    return { rows: rows.map((row) => ({ record: row.record, lines: row.info.lines })) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { error: error.message, lines: (error as CsvError & { lines?: number }).lines };
  }
}

async function* chunked(bytes: Buffer, sizes: () => number): AsyncGenerator<Buffer> {
  for (let start = 0; start < bytes.length; ) {
    const end = Math.min(bytes.length, start + sizes());
    yield bytes.subarray(start, end);
    start = end;
  }
}

async function actual(text: string, sizes: () => number): Promise<Outcome> {
  const rows: { record: string[]; lines: number }[] = [];
  try {
    for await (const batch of csvRowBatches(chunked(Buffer.from(text), sizes))) {
      for (const row of batch) rows.push({ record: row.record, lines: row.info.lines });
    }
    return { rows };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { error: error.message, lines: (error as CsvError & { lines?: number }).lines };
  }
}

const PLAIN_CELLS = ['', 'a', 'org-1', 'Zoë', '東京', ' spaced ', '2024-01-01', '0.5', 'x;y'];
const QUOTED_CELLS = ['"Contoso, Ltd"', '"He said ""hi"""', '"two\nlines"', '"cr\r\nlf"', '""'];
const BAD_CELLS = ['"unclosed', 'in"side', '"closed"after'];

function randomFile(random: Random, special: { quotes: boolean; crlf: boolean; bad: boolean }): string {
  const pick = <T>(items: readonly T[]): T => items[random.int(0, items.length - 1)] as T;
  const lines: string[] = [];
  const count = random.int(0, 40);
  for (let index = 0; index < count; index++) {
    if (random.chance(0.1)) {
      lines.push('');
      continue;
    }
    const cells = Array.from({ length: random.int(1, 5) }, () => {
      if (special.bad && random.chance(0.02)) return pick(BAD_CELLS);
      if (special.quotes && index > count / 2 && random.chance(0.2)) return pick(QUOTED_CELLS);
      return pick(PLAIN_CELLS);
    });
    lines.push(cells.join(','));
  }
  // Line ends may change within a file (a carriage return alone, too), which csv-parse reads by the first one.
  const end = () => (special.crlf ? pick(['\n', '\r\n', '\r']) : '\n');
  const body = lines
    .map((line, index) => (index < lines.length - 1 || random.chance(0.5) ? line + end() : line))
    .join('');
  return (random.chance(0.2) ? '\uFEFF' : '') + body;
}

describe('csvRowBatches', () => {
  it('splits plain lines at commas and numbers them, blank lines counted', async () => {
    const text = 'id,name\n\no-1,One\no-2,Two';
    expect(await actual(text, () => 4)).toEqual({
      rows: [
        { record: ['id', 'name'], lines: 1 },
        { record: ['o-1', 'One'], lines: 3 },
        { record: ['o-2', 'Two'], lines: 4 },
      ],
    });
  });

  it('hands the rest of a file to csv-parse from the line of the first quote, line numbers continued', async () => {
    const text = 'id,name\no-1,One\no-2,"Two\nlines"\no-3,"un"closed\n';
    const outcome = await actual(text, () => 1000);
    expect(outcome).toEqual(expected(text));
    expect(outcome).toMatchObject({ lines: 5, error: expect.stringMatching(/line 5/) });
  });

  it.each([
    ['plain', { quotes: false, crlf: false, bad: false }],
    ['quoted values', { quotes: true, crlf: false, bad: false }],
    ['carriage returns', { quotes: true, crlf: true, bad: false }],
    ['malformed quotes', { quotes: true, crlf: true, bad: true }],
  ])('reads random files with %s as csv-parse does, in chunks of any size', async (_, special) => {
    for (let seed = 0; seed < 150; seed++) {
      const random = createRandom(`csv-rows-${seed}`);
      const text = randomFile(random, special);
      const sizes = [() => 1, () => random.int(1, 7), () => 1 << 16][seed % 3] as () => number;
      expect({ seed, outcome: await actual(text, sizes) }).toEqual({ seed, outcome: expected(text) });
    }
  });
});
