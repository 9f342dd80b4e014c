// The one module that talks to the Neo4j driver: every query, its parameters, its timeout and its errors pass here.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { cypherDebugEnabled, type RemoteNeo4jSettings } from '../config';
import { DeadlineExceeded, withDeadline } from '../shared/deadline';
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

const debugCypher = cypherDebugEnabled();

function logQuery(query: string, params: Params): void {
  if (debugCypher) process.stderr.write(`csp:cypher ${query.trim().replace(/\s+/g, ' ')} ${JSON.stringify(params)}\n`);
}

/** Neo4j cannot be reached (down, restarting, or the pool is exhausted): callers may retry after `retryAfterS`. */
export class DatabaseUnavailableError extends DatabaseError {
  override name = 'DatabaseUnavailableError';
  constructor(
    message: string,
    readonly retryAfterS: number,
    options?: ErrorOptions,
  ) {
    super(message, 'ServiceUnavailable', options);
  }
}

/** Driver errors become one error type carrying Neo4j's code, so callers can decide what to show. */
export function toDatabaseError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new DatabaseError(message, code, { cause: error });
}

/** Whether an error, or an error it wraps, is Neo4j ending a transaction that outran its timeout. */
export function isTransactionTimeout(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = 'code' in cause ? String(cause.code) : '';
    if (/TransactionTimedOut/.test(code)) return true;
  }
  return false;
}

/** A plain row (to-plain.ts): its shape is not known here. Callers that read its columns check it against the
 * statement's declared shape (checked-rows.ts runRows, readRows, writeRows). */
export type Row = Record<string, unknown>;

/** A transaction handed to callers of Executor.write/read: runs queries and returns plain rows. */
export interface Tx {
  run(query: string, params?: Params): Promise<Row[]>;
}

/** neo4j-driver captures a stack trace for every statement it runs (its Result's constructor reads `new
 * Error().stack`) to give a failed statement its caller's stack; formatted through the source maps the product runs
 * with, that costs tens of microseconds, a millisecond of a what-if check's statements (docs/benchmarks.md, What-if
 * check). A failed statement's DatabaseError is created where the executor catches it, with its own stack. */
function withoutDriverStack<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function wrapTx(tx: Pick<ManagedTransaction, 'run'>): Tx {
  return {
    async run(query: string, params: Params = {}): Promise<Row[]> {
      logQuery(query, params);
      const result = await withoutDriverStack(() => tx.run(query, params));
      return result.records.map(recordToPlain);
    },
  };
}

export interface QueryOptions {
  timeoutMs?: number;
}

export interface Executor {
  readonly database: string;
  /** One read query in an auto-commit transaction, routed to a reader in a cluster; `timeoutMs` replaces the
   * executor's query timeout. */
  read(query: string, params?: Params, options?: QueryOptions): Promise<Row[]>;
  /** One write query in its own transaction. */
  write(query: string, params?: Params): Promise<Row[]>;
  /** Several queries in one write transaction: all of them take effect, or none does. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** Several reads in one transaction; `timeoutMs` replaces the executor's query timeout. */
  readTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
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
  /** The current credentials, asked again when Neo4j refuses the ones in use (e.g. after a password rotation). */
  reloadCredentials?: () => RemoteNeo4jSettings | undefined;
  /** How long a caller waits for a pooled connection (and a new one to connect) before Neo4j counts as unavailable. */
  acquisitionTimeoutMs?: number;
  /** After Neo4j is found unreachable, calls fail at once for this long instead of each waiting on the network. */
  breakerCooldownMs?: number;
}

/** Fail fast by default: a request should learn within about two seconds that the database is not there. */
const ACQUISITION_TIMEOUT_MS = 1_500;
const BREAKER_COOLDOWN_MS = 1_000;
/** The driver would retry a failed transaction after a delay of about a second; a caller that should fail fast
 * cannot wait for that, so failures surface at once (the API answers 503 with Retry-After, and clients retry). */
const RETRY_TIME_MS = 0;

const AUTH_FAILURES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** Neo4j answers, but its database cannot serve now: it is stopping or not started yet. Queries in flight while
 * the local Neo4j shuts down get this (docs/benchmarks.md, API soak). */
const DATABASE_UNAVAILABLE = 'Neo.TransientError.General.DatabaseUnavailable';

/** Neo4j cannot serve: not reachable, the session's server gone, or its database stopping or starting. */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (
    code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED || code === DATABASE_UNAVAILABLE
  );
}

/** Every pooled connection stayed busy past the acquisition timeout: the server is overloaded, not gone. */
function isPoolExhausted(error: unknown): boolean {
  return error instanceof Error && /Connection acquisition timed out/.test(error.message);
}

function isAuthFailure(error: unknown): boolean {
  return AUTH_FAILURES.has(String((error as { code?: unknown })?.code));
}

function openDriver(settings: RemoteNeo4jSettings, options: ExecutorOptions): Driver {
  const acquisition = options.acquisitionTimeoutMs ?? ACQUISITION_TIMEOUT_MS;
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 100,
    connectionAcquisitionTimeout: acquisition,
    connectionTimeout: acquisition,
    maxTransactionRetryTime: RETRY_TIME_MS,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: (_level, message) => process.stderr.write(`neo4j-driver: ${message}\n`) },
  });
}

/** How long the probe of a database found unreachable may take: a Neo4j that is starting accepts connections before it
 * answers, and a request sent then would wait for it. */
const PROBE_TIMEOUT_MS = 1_000;

/**
 * Runs every call through one driver, and keeps it usable across database restarts: an authentication failure
 * re-reads the credentials and, if they changed, re-creates the driver and tries once more; an unreachable database
 * opens a circuit breaker, so callers fail at once with DatabaseUnavailableError. After the cooldown one short probe
 * (half-open) decides whether calls go through again, so that while Neo4j starts a single request waits on it instead
 * of every caller, and the breaker closes only once Neo4j answers.
 */
function resilientDriver(settings: RemoteNeo4jSettings, options: ExecutorOptions) {
  let current = settings;
  let driver = openDriver(current, options);
  const cooldown = options.breakerCooldownMs ?? BREAKER_COOLDOWN_MS;
  let broken = false;
  let openUntil = 0;
  let probing: Promise<boolean> | undefined;

  function unavailable(cause?: unknown): DatabaseUnavailableError {
    const retryAfterS = Math.max(1, Math.ceil((openUntil - Date.now()) / 1000));
    return new DatabaseUnavailableError('Neo4j is not reachable', retryAfterS, { cause });
  }

  function trip(): void {
    broken = true;
    openUntil = Date.now() + cooldown;
  }

  /** Swaps in a driver with the current credentials when they differ from the ones in use. */
  function renewed(): boolean {
    const fresh = options.reloadCredentials?.();
    if (!fresh || (fresh.uri === current.uri && fresh.user === current.user && fresh.password === current.password)) {
      return false;
    }
    const old = driver;
    current = { ...fresh, database: settings.database };
    driver = openDriver(current, options);
    old.close().catch(() => {});
    return true;
  }

  async function attempt<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
    try {
      return await work(driver);
    } catch (error) {
      if (isAuthFailure(error) && renewed()) return await work(driver);
      throw error;
    }
  }

  /** One short query; the breaker closes when Neo4j answers it, even with a refusal (the call then goes on and
   * reports its own error, such as credentials that are wrong), and stays open another cooldown when it does not. */
  function probe(): Promise<boolean> {
    probing ??= (async () => {
      try {
        await withDeadline(
          attempt((d) => d.executeQuery('RETURN 1', {}, { database: settings.database, bookmarkManager: null })),
          PROBE_TIMEOUT_MS,
        );
        broken = false;
        return true;
      } catch (error) {
        if (!(error instanceof DeadlineExceeded) && !isUnreachable(error) && !isPoolExhausted(error)) {
          broken = false;
          return true;
        }
        trip();
        return false;
      } finally {
        probing = undefined;
      }
    })();
    return probing;
  }

  return {
    async run<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
      if (broken && (Date.now() < openUntil || probing || !(await probe()))) throw unavailable();
      try {
        return await attempt(work);
      } catch (error) {
        if (isUnreachable(error)) {
          trip();
          throw unavailable(error);
        }
        if (isPoolExhausted(error)) throw unavailable(error);
        throw toDatabaseError(error);
      }
    },
    close: () => driver.close(),
  };
}

export function createExecutor(settings: RemoteNeo4jSettings, options: ExecutorOptions): Executor {
  const db = resilientDriver(settings, options);
  const { database } = settings;
  const timeout = options.queryTimeoutMs;

  function inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    return db.run(async (driver) => {
      const session = driver.session({
        database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      try {
        return await work(session);
      } finally {
        await session.close();
      }
    });
  }

  /** One read statement in an auto-commit transaction, sent as RUN and PULL together: a managed transaction (the
   * driver's executeQuery) adds a BEGIN and a COMMIT, each its own write to the socket and its own work for Neo4j, and
   * its commit captures a stack no caller can suppress. Nothing is lost: failures are not retried anyway
   * (RETRY_TIME_MS), and a cluster routes the statement to a reader as it would the managed one. */
  function readOne(text: string, params: Params = {}, queryOptions: QueryOptions = {}) {
    const config = { timeout: queryOptions.timeoutMs ?? timeout };
    return inSession('READ', (session) => wrapTx({ run: (q, p) => session.run(q, p, config) }).run(text, params));
  }

  /** One write statement in its own transaction. */
  function writeOne(text: string, params: Params = {}) {
    return inSession('WRITE', (session) => session.executeWrite((tx) => wrapTx(tx).run(text, params), { timeout }));
  }

  return {
    database,
    read: readOne,
    write: writeOne,
    writeTransaction: (work, txOptions) =>
      inSession('WRITE', (session) =>
        session.executeWrite((tx) => work(wrapTx(tx)), { timeout: txOptions?.timeoutMs ?? timeout }),
      ),
    readTransaction: (work, txOptions) =>
      inSession('READ', (session) =>
        session.executeRead((tx) => work(wrapTx(tx)), { timeout: txOptions?.timeoutMs ?? timeout }),
      ),
    rollbackTransaction: (work, txOptions) =>
      inSession('WRITE', async (session) => {
        const tx = session.beginTransaction({ timeout: txOptions?.timeoutMs ?? timeout });
        try {
          return await work(wrapTx(tx));
        } finally {
          if (tx.isOpen()) await tx.rollback();
        }
      }),
    autoCommit: (text, params = {}) => {
      logQuery(text, params);
      return inSession('WRITE', async (session) => {
        await session.run(text, params, { timeout });
      });
    },
    raw: (text, params = {}) => {
      logQuery(text, params);
      return db.run((driver) => driver.executeQuery(text, params, { database, bookmarkManager: null }));
    },
    verify: () => db.run((driver) => driver.verifyConnectivity({ database }).then(() => undefined)),
    close: () => db.close(),
  };
}
