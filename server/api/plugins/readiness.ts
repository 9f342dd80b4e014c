// GET /ready: 200 while Neo4j answers an authenticated query, 503 while it does not (the executor reconnects by
// itself, re-reading the credentials if they were rotated).
import { useReadinessCheck } from 'graphql-yoga';
import type { Executor } from '../../db/executor';
import { withDeadline } from '../../shared/deadline';

/** A hung server must not hang the probe: answer "not ready" after this long. */
const READY_TIMEOUT_MS = 3_000;

export function useNeo4jReadiness(executor: Executor) {
  return useReadinessCheck({
    endpoint: '/ready',
    async check({ fetchAPI }) {
      try {
        await withDeadline(executor.read('RETURN 1 AS ready', {}, { timeoutMs: READY_TIMEOUT_MS }), READY_TIMEOUT_MS);
        return new fetchAPI.Response(JSON.stringify({ status: 'ready' }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      } catch {
        return new fetchAPI.Response(JSON.stringify({ status: 'unavailable', reason: 'Neo4j does not answer' }), {
          status: 503,
          headers: { 'content-type': 'application/json', 'retry-after': '1' },
        });
      }
    },
  });
}
