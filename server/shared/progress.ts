// Progress of long work (imports, generation, scans) on stderr: a redrawn bar on a terminal; elsewhere (CI logs, a
// redirected stderr) a plain line now and then, so a log still shows that the work moves and how fast.
import { environment } from '../config';

export interface Progress {
  /** Sets how far the work is, out of `total`. */
  update(done: number): void;
  /** Moves on to a new phase with its own total. */
  phase(label: string, total: number): void;
  done(message?: string): void;
}

export type ProgressStyle = 'bar' | 'lines' | 'off';

const WIDTH = 30;
const REDRAW_MS = 100;
/** How often a log gets a line: often enough to show movement, rarely enough to keep a million-row import short. */
export const LOG_LINE_MS = 10_000;

export interface ProgressOptions {
  /** A bar on a terminal, lines elsewhere, unless CSP_PROGRESS says otherwise (bar, lines or off). */
  style?: ProgressStyle;
  /** Milliseconds between two log lines. */
  lineEveryMs?: number;
  now?: () => number;
}

/** The style the environment asks for, or the one that suits the stream. */
export function progressStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = environment()): ProgressStyle {
  const asked = env.CSP_PROGRESS?.trim();
  if (asked === 'bar' || asked === 'lines' || asked === 'off') return asked;
  return stream.isTTY === true ? 'bar' : 'lines';
}

export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
  options: ProgressOptions = {},
): Progress {
  const style = options.style ?? progressStyle(stream);
  const now = options.now ?? Date.now;
  const lineEveryMs = options.lineEveryMs ?? LOG_LINE_MS;
  let current = label;
  let limit = Math.max(total, 1);
  let last = 0;
  let latest = 0;
  /** What the last log line of this phase said, or -1 before one. */
  let lineDone = -1;
  let phaseStarted = now();

  const fraction = (done: number) => Math.min(done / limit, 1);
  const seconds = () => ((now() - phaseStarted) / 1000).toFixed(1);
  const counts = (done: number) => `${done.toLocaleString('en-US')}/${limit.toLocaleString('en-US')}`;

  function drawBar(done: number): void {
    const filled = Math.round(fraction(done) * WIDTH);
    stream.write(
      `\r${current.padEnd(22)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(fraction(done) * 100).toFixed(0).padStart(3)}% ${counts(done)} ${seconds()}s`,
    );
  }

  function writeLine(done: number): void {
    lineDone = done;
    stream.write(`${current}: ${(fraction(done) * 100).toFixed(0)}% (${counts(done)}) after ${seconds()}s\n`);
  }

  /** A phase that showed lines ends with one saying where it got to, unless the last one already does. */
  function closeLines(): void {
    if (lineDone >= 0 && lineDone !== latest) writeLine(latest);
  }

  return {
    update(done) {
      latest = done;
      if (style === 'off') return;
      const at = now();
      if (style === 'bar') {
        if (at - last < REDRAW_MS && done < limit) return;
        last = at;
        drawBar(done);
        return;
      }
      // A line when the interval has passed, counted from the phase's start so short work stays quiet.
      if (at - Math.max(last, phaseStarted) < lineEveryMs) return;
      last = at;
      writeLine(done);
    },
    phase(nextLabel, nextTotal) {
      if (style === 'bar') stream.write('\n');
      if (style === 'lines') closeLines();
      current = nextLabel;
      limit = Math.max(nextTotal, 1);
      last = 0;
      latest = 0;
      lineDone = -1;
      phaseStarted = now();
    },
    done(message) {
      if (style === 'bar') stream.write(`\r\x1b[2K${message ?? ''}${message ? '\n' : ''}`);
      else if (style === 'lines') {
        closeLines();
        if (message) stream.write(`${message}\n`);
      }
    },
  };
}
