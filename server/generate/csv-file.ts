// One CSV file written through a stream: rows are buffered and flushed in chunks that wait for the disk to drain.

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled; an absent value is empty. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export class CsvFile {
  private readonly stream: WriteStream;
  private chunks: string[] = [];
  /** A write error surfaces at the next flush instead of crashing the process from an unhandled event. */
  private failure: Error | undefined;
  /** Characters waiting in `chunks`. */
  buffered = 0;
  rows = 0;

  constructor(file: string, header: readonly string[]) {
    this.stream = createWriteStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
    this.chunks.push(`${header.join(',')}\n`);
  }

  row(cells: readonly (string | number | boolean | undefined)[]): void {
    let line = csvCell(cells[0]);
    for (let i = 1; i < cells.length; i++) line += `,${csvCell(cells[i])}`;
    line += '\n';
    this.chunks.push(line);
    this.buffered += line.length;
    this.rows += 1;
  }

  /** Hands the buffered rows to the stream and, when the stream is full, waits until it has drained. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.buffered = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
