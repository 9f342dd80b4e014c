// GET /ready: 200 while Neo4j answers, 503 while it does not (the driver reconnects by itself once it is back).
import { useReadinessCheck } from 'graphql-yoga';
import type { Executor } from '../../db/executor';

/** A hung server must not hang the probe: answer "not ready" after this long. */
const READY_TIMEOUT_MS = 3_000;

export function useNeo4jReadiness(executor: Executor) {
  return useReadinessCheck({
    endpoint: '/ready',
    async check({ fetchAPI }) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), READY_TIMEOUT_MS);
      });
      try {
        await Promise.race([executor.verify(), timeout]);
        return new fetchAPI.Response(JSON.stringify({ status: 'ready' }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      } catch {
        return new fetchAPI.Response(JSON.stringify({ status: 'unavailable', reason: 'Neo4j does not answer' }), {
          status: 503,
          headers: { 'content-type': 'application/json' },
        });
      } finally {
        clearTimeout(timer);
      }
    },
  });
}
