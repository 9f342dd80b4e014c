// Which driver errors mean that Neo4j cannot serve now, so the API answers 503 with Retry-After instead of a masked
// fault: the server unreachable or gone, and its database stopping or starting.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isUnreachable } from '../../server/db/executor';

const error = (code: string) => new Neo4jError('message', code, 'gqlStatus', 'description');

describe('isUnreachable', () => {
  it('holds for an unreachable server, an expired session and a database that is stopping or starting', () => {
    expect(isUnreachable(error('ServiceUnavailable'))).toBe(true);
    expect(isUnreachable(error('SessionExpired'))).toBe(true);
    expect(isUnreachable(error('Neo.TransientError.General.DatabaseUnavailable'))).toBe(true);
  });

  it('does not hold for errors of the query or the transaction', () => {
    expect(isUnreachable(error('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
    expect(isUnreachable(error('Neo.ClientError.Transaction.TransactionTimedOut'))).toBe(false);
    expect(isUnreachable(error('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(false);
    expect(isUnreachable(new Error('no code'))).toBe(false);
    expect(isUnreachable(undefined)).toBe(false);
  });
});
