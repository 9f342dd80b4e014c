// At most a few admitted requests work at once; the others wait their turn, in the order they came, for a bounded
// time. A database with a few cores does a few things at a time: a hundred requests let in together share it and all
// finish late, while taken in turn the first finish early and the rest no later. It matters most when Neo4j comes back
// from a restart with cold caches and every waiting client retries at once (docs/benchmarks.md, API soak).
import type { Plugin } from 'graphql-yoga';
import { refusal } from '../auth/admission';

export interface ConcurrencyLimit {
  /** Requests that may run at once. */
  maxConcurrent: number;
  /** How long a request may wait for its turn before it is answered 503 with Retry-After. */
  maxWaitMs: number;
}

/** A counting semaphore whose waiters are served first come, first served, each for at most `maxWaitMs`. */
export function createTurns({ maxConcurrent, maxWaitMs }: ConcurrencyLimit) {
  let running = 0;
  const waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];
  const release = () => {
    const next = waiting.shift();
    if (!next) {
      running -= 1;
      return;
    }
    clearTimeout(next.timer);
    next.start();
  };
  return {
    /** Resolves with the function that ends the turn, or with null when the wait ran out. */
    take(): Promise<(() => void) | null> {
      if (running < maxConcurrent) {
        running += 1;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve) => {
        const waiter = {
          start: () => resolve(once(release)),
          timer: setTimeout(() => {
            waiting.splice(waiting.indexOf(waiter), 1);
            resolve(null);
          }, maxWaitMs),
        };
        waiting.push(waiter);
      });
    },
    /** Requests running and waiting now. */
    load: () => ({ running, waiting: waiting.length }),
  };
}

function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    action();
  };
}

/** Takes a turn for each request `applies` selects (placed after admission, so refused requests take none) and
 * gives it back when the response is ready. */
export function useConcurrencyLimit(limit: ConcurrencyLimit, applies: (request: Request) => boolean): Plugin {
  const turns = createTurns(limit);
  const ends = new WeakMap<Request, () => void>();
  return {
    async onRequest({ request, endResponse, requestHandler, setRequestHandler }) {
      if (!applies(request)) return;
      const end = await turns.take();
      if (!end) {
        endResponse(refusal(503, 'SERVICE_UNAVAILABLE', 'The server is busy; retry shortly.', 1));
        return;
      }
      ends.set(request, end);
      // The turn ends with the response; also when the handler fails, which yoga's response hooks never see.
      setRequestHandler(async (...args) => {
        try {
          return await requestHandler(...args);
        } finally {
          end();
        }
      });
    },
    onResponse({ request }) {
      ends.get(request)?.();
      ends.delete(request);
    },
  };
}
