// A progress bar on stderr for long work (imports, generation, scans); silent when stderr is not a terminal.

export interface Progress {
  /** Sets how far the work is, out of `total`. */
  update(done: number): void;
  /** Moves on to a new phase with its own total. */
  phase(label: string, total: number): void;
  done(message?: string): void;
}

const WIDTH = 30;
const REDRAW_MS = 100;

export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
  enabled: boolean = stream.isTTY === true,
): Progress {
  let current = label;
  let limit = Math.max(total, 1);
  let last = 0;
  const started = Date.now();

  function draw(done: number): void {
    const ratio = Math.min(done / limit, 1);
    const filled = Math.round(ratio * WIDTH);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    stream.write(
      `\r${current.padEnd(22)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${limit.toLocaleString('en-US')} ${seconds}s`,
    );
  }

  return {
    update(done) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < REDRAW_MS && done < limit) return;
      last = now;
      draw(done);
    },
    phase(nextLabel, nextTotal) {
      if (enabled) stream.write('\n');
      current = nextLabel;
      limit = Math.max(nextTotal, 1);
      last = 0;
    },
    done(message) {
      if (enabled) stream.write(`\r\x1b[2K${message ?? ''}${message ? '\n' : ''}`);
    },
  };
}
