// Waiting on work that may never answer (a Neo4j that accepts connections but does not reply) for a bounded time.

/** The work did not settle within its deadline. */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

/** The work's outcome, or DeadlineExceeded after `ms`. The work itself goes on; its late outcome is ignored. */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
