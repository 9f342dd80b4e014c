// How the executor runs reads: a single read in an auto-commit transaction (RUN and PULL in one round trip, no BEGIN
// or COMMIT), the reads of a read transaction in an explicit one. A statement that Neo4j runs only in an auto-commit
// transaction tells the two apart.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createExecutor, DatabaseError, type Executor } from '../../server/db/executor';

const ONLY_AUTO_COMMIT = 'UNWIND range(1, 3) AS i CALL (i) { RETURN i * 2 AS j } IN TRANSACTIONS OF 1 ROW RETURN j';

let executor: Executor;

beforeAll(() => {
  executor = createExecutor(inject('neo4j'), { queryTimeoutMs: 10_000 });
});
afterAll(async () => {
  await executor?.close();
});

describe("the executor's reads", () => {
  it('runs a single read in an auto-commit transaction', async () => {
    expect(await executor.read(ONLY_AUTO_COMMIT)).toEqual([{ j: 2 }, { j: 4 }, { j: 6 }]);
  });

  it('runs the reads of a read transaction in an explicit one', async () => {
    await expect(executor.readTransaction((tx) => tx.run(ONLY_AUTO_COMMIT))).rejects.toThrow(/implicit transaction/);
  });

  it("ends a single read at the timeout it is given, with the database's reason", async () => {
    const started = performance.now();
    const reading = executor.read(
      'UNWIND range(1, 1000000000) AS n WITH n WHERE n < 0 RETURN n',
      {},
      { timeoutMs: 300 },
    );
    await expect(reading).rejects.toBeInstanceOf(DatabaseError);
    await expect(reading).rejects.toThrow(/timeout|timed out|terminated/i);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
