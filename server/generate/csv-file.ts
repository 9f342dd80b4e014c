// One CSV file written through a stream: rows are buffered and flushed in chunks that wait for the disk to drain.

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | undefined;

/** RFC 4180 through csv-stringify: a cell with a comma, quote or line break is quoted, its quotes doubled; an absent
 * value is empty; a boolean is written as `true` or `false` (the import format's spelling). */
const OPTIONS = { cast: { boolean: (value: boolean) => String(value) }, quoted_match: /[\r\n]/ } as const;

export function csvRows(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows as CsvValue[][], OPTIONS);
}

export class CsvFile {
  private readonly stream: WriteStream;
  private pending: CsvValue[][] = [];
  /** A write error surfaces at the next flush instead of crashing the process from an unhandled event. */
  private failure: Error | undefined;
  /** Cells waiting to be written: what the caller weighs to decide when a flush is worth it. */
  buffered = 0;
  rows = 0;

  constructor(file: string, header: readonly string[]) {
    this.stream = createWriteStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
    this.pending.push([...header]);
  }

  row(cells: readonly CsvValue[]): void {
    this.pending.push([...cells]);
    this.buffered += cells.length;
    this.rows += 1;
  }

  /** Hands the buffered rows to the stream and, when the stream is full, waits until it has drained. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const text = csvRows(this.pending);
    this.pending = [];
    this.buffered = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
