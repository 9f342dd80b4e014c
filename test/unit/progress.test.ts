import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressStyle, progressStyle } from '../../server/shared/progress';

/** A stream that keeps what is written, and a clock the test moves. */
function harness(style: ProgressStyle, isTTY = false) {
  let written = '';
  let clock = 1_000;
  const stream = {
    isTTY,
    write(chunk: string) {
      written += chunk;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return {
    stream,
    output: () => written,
    advance: (ms: number) => {
      clock += ms;
    },
    progress: (label: string, total: number) =>
      createProgress(label, total, stream, { style, lineEveryMs: 10_000, now: () => clock }),
  };
}

describe('progress', () => {
  it('draws a bar on a terminal', () => {
    const h = harness('bar', true);
    const progress = h.progress('Importing', 200);
    h.advance(200);
    progress.update(100);
    expect(h.output()).toContain('\rImporting');
    expect(h.output()).toContain('[###############---------------]  50% 100/200');
    progress.done();
    expect(h.output().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes nothing in a log for work shorter than the interval', () => {
    const h = harness('lines');
    const progress = h.progress('Scanning', 13);
    h.advance(9_000);
    progress.update(13);
    progress.done();
    expect(h.output()).toBe('');
  });

  it('writes a plain line per interval in a log, and where it got to at the end', () => {
    const h = harness('lines');
    const progress = h.progress('Writing', 1_000_000);
    h.advance(4_000);
    progress.update(100_000);
    h.advance(7_000);
    progress.update(250_000);
    h.advance(3_000);
    progress.update(400_000);
    h.advance(8_000);
    progress.update(900_000);
    h.advance(1_000);
    progress.update(1_000_000);
    progress.done();
    expect(h.output().split('\n')).toEqual([
      'Writing: 25% (250,000/1,000,000) after 11.0s',
      'Writing: 90% (900,000/1,000,000) after 22.0s',
      'Writing: 100% (1,000,000/1,000,000) after 23.0s',
      '',
    ]);
    expect(h.output()).not.toContain('\r');
  });

  it('starts each phase with its own clock and total', () => {
    const h = harness('lines');
    const progress = h.progress('Reading', 10);
    h.advance(12_000);
    progress.update(10);
    progress.phase('Writing', 50);
    h.advance(5_000);
    progress.update(20);
    h.advance(6_000);
    progress.update(30);
    progress.done();
    expect(h.output().split('\n')).toEqual([
      'Reading: 100% (10/10) after 12.0s',
      'Writing: 60% (30/50) after 11.0s',
      '',
    ]);
  });

  it('stays silent when turned off', () => {
    const h = harness('off');
    const progress = h.progress('Scanning', 2);
    h.advance(60_000);
    progress.update(1);
    progress.done('done');
    expect(h.output()).toBe('');
  });

  it('picks a bar for a terminal, lines elsewhere, unless CSP_PROGRESS says otherwise', () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    const file = { isTTY: false } as NodeJS.WriteStream;
    expect(progressStyle(tty, {})).toBe('bar');
    expect(progressStyle(file, {})).toBe('lines');
    expect(progressStyle(tty, { CSP_PROGRESS: 'off' })).toBe('off');
    expect(progressStyle(file, { CSP_PROGRESS: 'bar' })).toBe('bar');
    expect(progressStyle(file, { CSP_PROGRESS: 'sometimes' })).toBe('lines');
  });
});
