// Splits a CSV file into rows. Most exports hold no quoted values and end lines with a line feed alone: such lines
// are split at commas directly, several times faster than a general CSV parser. From the first line that holds a
// quote or a carriage return on, csv-parse reads the rest of the file, so quoting, line breaks inside values and
// malformed CSV get exactly its handling, and line numbers continue from the lines already split.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CsvError, parse } from 'csv-parse';

/** A row's cells, and the number of the line it ends on (1-based, blank lines counted). */
export interface CsvRow {
  record: string[];
  info: { lines: number };
}

/** How the import reads CSV: a byte-order mark is dropped, blank lines skipped, and a row with the wrong number of
 * cells is kept (the reader names it). */
export const CSV_OPTIONS = { bom: true, info: true, skip_empty_lines: true, relax_column_count: true } as const;

const QUOTE = '"';
const CARRIAGE_RETURN = '\r';
const BYTE_ORDER_MARK = 0xfeff;

/** Where the first character that needs the general parser is, or -1. */
function firstSpecial(text: string): number {
  const quote = text.indexOf(QUOTE);
  const carriageReturn = text.indexOf(CARRIAGE_RETURN);
  if (quote < 0) return carriageReturn;
  return carriageReturn < 0 ? quote : Math.min(quote, carriageReturn);
}

/** csv-parse's error for the rest of a file, with line numbers counted from the file's start. */
function shifted(error: CsvError, lines: number): CsvError {
  const at = error as CsvError & { lines?: number };
  if (typeof at.lines === 'number') at.lines += lines;
  error.message = error.message.replace(/\bline (\d+)/g, (_, line: string) => `line ${Number(line) + lines}`);
  return error;
}

/** The rows of a CSV file given as chunks of bytes, in batches (one per chunk read): a row per non-empty line, as
 * csv-parse gives them with `bom`, `skip_empty_lines` and `relax_column_count`. `onChunk` sees every chunk. */
export async function* csvRowBatches(
  chunks: AsyncIterable<Buffer>,
  onChunk: (chunk: Buffer) => void = () => {},
): AsyncGenerator<CsvRow[]> {
  const source = chunks[Symbol.asyncIterator]();
  const decoder = new StringDecoder('utf8');
  let line = 0;
  let carry = '';
  let started = false;
  for (;;) {
    const next = await source.next();
    let text = next.done ? carry + decoder.end() : carry + decoder.write(next.value);
    if (!next.done) onChunk(next.value);
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
    }
    const special = firstSpecial(text);
    // Lines before the first special character are split here; the general parser takes over at its line's start.
    const end = special < 0 ? text.length : text.lastIndexOf('\n', special) + 1;
    const rows: CsvRow[] = [];
    let start = 0;
    for (let feed = text.indexOf('\n', start); feed >= 0 && feed < end; feed = text.indexOf('\n', start)) {
      line++;
      if (feed > start) rows.push({ record: text.slice(start, feed).split(','), info: { lines: line } });
      start = feed + 1;
    }
    if (special < 0 && next.done && start < text.length) {
      line++;
      rows.push({ record: text.slice(start).split(','), info: { lines: line } });
      start = text.length;
    }
    if (rows.length > 0) yield rows;
    if (special >= 0) {
      yield* generalRows(text.slice(start), next.done ? undefined : source, decoder, onChunk, line);
      return;
    }
    if (next.done) return;
    carry = text.slice(start);
  }
}

/** The rest of a file, from a line start, through csv-parse; line numbers continue after `linesBefore`. */
async function* generalRows(
  head: string,
  rest: AsyncIterator<Buffer> | undefined,
  decoder: StringDecoder,
  onChunk: (chunk: Buffer) => void,
  linesBefore: number,
): AsyncGenerator<CsvRow[]> {
  async function* text(): AsyncGenerator<string> {
    yield head;
    if (!rest) return;
    for (let next = await rest.next(); !next.done; next = await rest.next()) {
      onChunk(next.value);
      yield decoder.write(next.value);
    }
    yield decoder.end();
  }
  // Lines split so far ended with a line feed alone, which the general parser would have taken as the record
  // delimiter on the first line; it must not guess again from the rest.
  const delimiter = linesBefore > 0 ? { record_delimiter: '\n' } : {};
  const parser = Readable.from(text()).pipe(parse({ ...CSV_OPTIONS, ...delimiter }));
  try {
    for await (const row of parser as AsyncIterable<CsvRow>) {
      yield [{ record: row.record, info: { lines: row.info.lines + linesBefore } }];
    }
  } catch (error) {
    throw error instanceof CsvError ? shifted(error, linesBefore) : error;
  }
}
