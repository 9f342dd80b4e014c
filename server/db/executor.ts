// The one module that talks to the Neo4j driver: every query, its parameters, its timeout and its errors pass here.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { RemoteNeo4jSettings } from '../config';
import { recordToPlain } from './to-plain';
import './tcp-no-delay';

export type Params = Record<string, unknown>;

/** JavaScript numbers reach Cypher as floats; LIMIT, SKIP and integer properties need this instead. */
export function cypherInt(value: number): unknown {
  return neo4j.int(Math.trunc(value));
}

export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    message: string,
    readonly code: string | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const debugCypher = /(^|,)\s*csp:cypher\s*(,|$)/.test(process.env.DEBUG ?? '');

function logQuery(query: string, params: Params): void {
  if (debugCypher) process.stderr.write(`csp:cypher ${query.trim().replace(/\s+/g, ' ')} ${JSON.stringify(params)}\n`);
}

/** Driver errors become one error type carrying Neo4j's code, so callers can decide what to show. */
export function toDatabaseError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new DatabaseError(message, code, { cause: error });
}

/** A transaction handed to callers of Executor.write/read: runs queries and returns plain rows. */
export interface Tx {
  run<T = Record<string, unknown>>(query: string, params?: Params): Promise<T[]>;
}

function wrapTx(tx: Pick<ManagedTransaction, 'run'>): Tx {
  return {
    async run<T>(query: string, params: Params = {}): Promise<T[]> {
      logQuery(query, params);
      const result = await tx.run(query, params);
      return result.records.map((record) => recordToPlain<T>(record));
    },
  };
}

export interface QueryOptions {
  timeoutMs?: number;
}

export interface Executor {
  readonly database: string;
  /** One read query, routed to a reader in a cluster; `timeoutMs` replaces the executor's query timeout. */
  read<T = Record<string, unknown>>(query: string, params?: Params, options?: QueryOptions): Promise<T[]>;
  /** One write query in its own transaction. */
  write<T = Record<string, unknown>>(query: string, params?: Params): Promise<T[]>;
  /** Several queries in one write transaction: all of them take effect, or none does. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs work in a write transaction that is always rolled back: a what-if that leaves no trace in the graph. */
  rollbackTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** One query in an implicit (auto-commit) transaction: the only kind that may use CALL { ... } IN TRANSACTIONS. */
  autoCommit(query: string, params?: Params): Promise<void>;
  /** PROFILE or EXPLAIN output and counters, for benchmarks and index checks. */
  raw(query: string, params?: Params): Promise<QueryResult>;
  verify(): Promise<void>;
  close(): Promise<void>;
}

export interface ExecutorOptions {
  queryTimeoutMs: number;
  maxPoolSize?: number;
}

export function createExecutor(settings: RemoteNeo4jSettings, options: ExecutorOptions): Executor {
  const driver: Driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    connectionAcquisitionTimeout: 30_000,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: (_level, message) => process.stderr.write(`neo4j-driver: ${message}\n`) },
  });
  const { database } = settings;
  const timeout = options.queryTimeoutMs;

  async function query<T>(
    routing: 'READ' | 'WRITE',
    text: string,
    params: Params,
    queryOptions: QueryOptions = {},
  ): Promise<T[]> {
    logQuery(text, params);
    try {
      const result = await driver.executeQuery(text, params, {
        database,
        routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        bookmarkManager: null,
        transactionConfig: { timeout: queryOptions.timeoutMs ?? timeout },
      });
      return result.records.map((record) => recordToPlain<T>(record));
    } catch (error) {
      throw toDatabaseError(error);
    }
  }

  return {
    database,
    read: (text, params = {}, queryOptions = {}) => query('READ', text, params, queryOptions),
    write: (text, params = {}) => query('WRITE', text, params),
    async writeTransaction(work, txOptions) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite((tx) => work(wrapTx(tx)), { timeout: txOptions?.timeoutMs ?? timeout });
      } catch (error) {
        throw toDatabaseError(error);
      } finally {
        await session.close();
      }
    },
    async readTransaction(work) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead((tx) => work(wrapTx(tx)), { timeout });
      } catch (error) {
        throw toDatabaseError(error);
      } finally {
        await session.close();
      }
    },
    async rollbackTransaction(work, txOptions) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      const tx = session.beginTransaction({ timeout: txOptions?.timeoutMs ?? timeout });
      try {
        return await work(wrapTx(tx));
      } catch (error) {
        throw toDatabaseError(error);
      } finally {
        try {
          if (tx.isOpen()) await tx.rollback();
        } finally {
          await session.close();
        }
      }
    },
    async autoCommit(text, params = {}) {
      logQuery(text, params);
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.run(text, params, { timeout });
      } catch (error) {
        throw toDatabaseError(error);
      } finally {
        await session.close();
      }
    },
    async raw(text, params = {}) {
      logQuery(text, params);
      try {
        return await driver.executeQuery(text, params, { database, bookmarkManager: null });
      } catch (error) {
        throw toDatabaseError(error);
      }
    },
    async verify() {
      try {
        await driver.verifyConnectivity({ database });
      } catch (error) {
        throw toDatabaseError(error);
      }
    },
    close: () => driver.close(),
  };
}
