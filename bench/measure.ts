// What every benchmark script shares: timestamped log lines on stderr, sizes in MiB, counts as people read them, and
// the peak resident memory of this process over a phase, and a store read once.
import type { Executor } from '../server/db/executor';

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

/** Reads every node's and relationship's properties once: the steady state of a running product, whose daily scan
 * reads the whole store (a Neo4j that has just started reads each page from disk the first time). Returns the ms. */
export async function readStoreOnce(executor: Executor): Promise<number> {
  const started = performance.now();
  await executor.read('MATCH (n) RETURN sum(size(keys(properties(n)))) AS n', {}, { timeoutMs: 3_600_000 });
  await executor.read('MATCH ()-[r]->() RETURN sum(size(keys(properties(r)))) AS n', {}, { timeoutMs: 3_600_000 });
  return performance.now() - started;
}
