// Decides which Neo4j the product uses: NEO4J_URI when set, otherwise the project's own local Neo4j.
import type { RemoteNeo4jSettings, Settings } from '../config';
import { createExecutor, type Executor } from './executor';
import { LocalNeo4jError, readLocalState, startLocalNeo4j } from './local-neo4j';

export interface Connection {
  executor: Executor;
  /** Where the data lives, for messages: the server URI. */
  where: string;
  local: boolean;
  /** The settings it was opened with. */
  settings: Settings;
}

export interface ConnectOptions {
  /** Start the local Neo4j when NEO4J_URI is unset and it is not running yet. */
  startLocal: boolean;
  log?: (line: string) => void;
}

export async function resolveNeo4j(settings: Settings, options: ConnectOptions): Promise<RemoteNeo4jSettings> {
  if (settings.remote) return settings.remote;
  const running = readLocalState(settings.local.dir);
  if (running) return running;
  if (!options.startLocal) {
    throw new LocalNeo4jError(
      `The local Neo4j is not running (data dir ${settings.local.dir}). Start it with './csp db start', or set NEO4J_URI to use another server.`,
    );
  }
  return startLocalNeo4j(settings.local, options.log);
}

export async function connect(settings: Settings, options: ConnectOptions): Promise<Connection> {
  const target = await resolveNeo4j(settings, options);
  const executor = createExecutor(target, {
    queryTimeoutMs: settings.queryTimeoutMs,
    // The local Neo4j's password can be rotated under a running process: its state file then has the new one.
    ...(settings.remote ? {} : { reloadCredentials: () => readLocalState(settings.local.dir) }),
  });
  await executor.verify();
  return { executor, where: target.uri, local: settings.remote === undefined, settings };
}
