// What every benchmark script shares: timestamped log lines on stderr, sizes in MiB, counts as people read them, and
// the peak resident memory of this process over a phase.

/** How often PeakRss samples on its timer. */
export const RSS_SAMPLE_MS = 100;

export const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
export const count = (value: number) => Math.round(value).toLocaleString('en-US');

/** The peak resident memory of this process over a phase: sampled on a timer, and whenever asked between steps
 * (synchronous work holds the timer back). */
export class PeakRss {
  private peak = process.memoryUsage().rss;
  readonly atStart = this.peak;
  private readonly timer = setInterval(() => this.sample(), RSS_SAMPLE_MS);

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}
