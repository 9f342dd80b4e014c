// An executor that notes the text of every single read it is given before passing it on to the real one: for tests
// that check which statements a path sends to Neo4j, and how often.
import type { Executor } from '../../server/db/executor';

export function recordingReads(executor: Executor): { executor: Executor; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    executor: {
      ...executor,
      read: (query, params, options) => {
        reads.push(query);
        return executor.read(query, params, options);
      },
    },
  };
}
