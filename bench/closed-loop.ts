// A closed-loop load: `clients` loops, each sending its next call when the previous one answered, until `total`
// calls are made; the latencies as p50 / p99 and the calls per second. Shared by the latency benchmark's raw path
// (in its own process) and its HTTP clients (in a worker thread, so the API's event loop serves and nothing else).

export interface LoadFigures {
  requests: number;
  p50: number;
  p99: number;
  perSecond: number;
}

/** Runs `total` calls of `call` from `clients` concurrent loops. The first failure stops every loop, so a broken step
 * ends the run instead of leaving the others waiting. */
export async function closedLoop(
  clients: number,
  total: number,
  call: (index: number) => Promise<void>,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const index = next++;
        const begin = performance.now();
        try {
          await call(index);
        } catch (error) {
          next = total;
          throw error;
        }
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, p50: at(0.5), p99: at(0.99), perSecond: latencies.length / seconds };
}
