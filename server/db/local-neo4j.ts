// Starts and stops the project's own Neo4j (Community, embedded, Bolt on 127.0.0.1): persistent or throwaway.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { environment, type LocalNeo4jSettings, type RemoteNeo4jSettings } from '../config';
import { runnerClasspath } from './java-toolchain';

const STATE_FILE = 'local-neo4j.json';
/** The neo4j user's password, kept across restarts (owner-only) and changed only by rotateLocalPassword(). */
const PASSWORD_FILE = 'local-neo4j.password';
const LOG_FILE = 'neo4j-local.log';
const START_TIMEOUT_MS = 180_000;

export interface LocalNeo4jState extends RemoteNeo4jSettings {
  pid: number;
  startedAt: string;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function statePath(dir: string): string {
  return path.join(dir, STATE_FILE);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The running local Neo4j recorded in `dir`, or undefined when none is running. */
export function readLocalState(dir: string): LocalNeo4jState | undefined {
  const file = statePath(dir);
  if (!existsSync(file)) return undefined;
  const state = JSON.parse(readFileSync(file, 'utf8')) as LocalNeo4jState;
  return isAlive(state.pid) ? state : undefined;
}

function newPassword(): string {
  return randomBytes(18).toString('base64url');
}

function writeOwnerOnly(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** The password the server in `home` starts with: the kept one, or a new one kept from now on. */
function keptPassword(home: string): string {
  const file = path.join(home, PASSWORD_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = newPassword();
  writeOwnerOnly(file, `${password}\n`);
  return password;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForBolt(state: LocalNeo4jState, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const driver = neo4j.driver(state.uri, neo4j.auth.basic(state.user, state.password), {
    connectionAcquisitionTimeout: 2_000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    while (Date.now() < deadline) {
      if (exited !== null) {
        const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-3000) : '';
        throw new LocalNeo4jError(
          `The local Neo4j exited with code ${exited} while starting. Its log (${logFile}):\n${tail}`,
        );
      }
      try {
        await driver.executeQuery('RETURN 1', {}, { database: state.database });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    throw new LocalNeo4jError(
      `The local Neo4j did not answer on ${state.uri} within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`,
    );
  } finally {
    await driver.close();
  }
}

interface SpawnResult {
  state: LocalNeo4jState;
  child: ChildProcess;
}

async function spawnNeo4j(
  settings: LocalNeo4jSettings,
  home: string,
  port: number,
  detached: boolean,
  log: (line: string) => void,
): Promise<SpawnResult> {
  const classpath = await runnerClasspath(log);
  mkdirSync(home, { recursive: true });
  const password = keptPassword(home);
  const logFile = path.join(home, LOG_FILE);
  const out = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${settings.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      'cspgraph.local.LocalNeo4j',
      '--home',
      home,
      '--port',
      String(port),
      '--pagecache',
      String(settings.pageCacheMb),
    ],
    { detached, stdio: ['ignore', out, out], env: { ...environment(), NEO4J_LOCAL_PASSWORD: password } },
  );
  closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start java for the local Neo4j');
  const state: LocalNeo4jState = {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    database: settings.database,
    pid: child.pid,
    startedAt: new Date().toISOString(),
  };
  try {
    await waitForBolt(state, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { state, child };
}

/** Starts the persistent local Neo4j in the background (data kept in settings.dir), or returns the running one. */
export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
  log: (line: string) => void = () => {},
): Promise<LocalNeo4jState> {
  const running = readLocalState(settings.dir);
  if (running) return running;
  if (!(await portIsFree(settings.port))) {
    throw new LocalNeo4jError(
      `Port ${settings.port} on 127.0.0.1 is taken. Stop what uses it, or choose another with NEO4J_LOCAL_PORT.`,
    );
  }
  log(`Starting the local Neo4j on 127.0.0.1:${settings.port} (data in ${settings.dir})...`);
  const { state, child } = await spawnNeo4j(settings, settings.dir, settings.port, true, log);
  child.unref();
  // The password lives only in files readable by their owner alone.
  writeOwnerOnly(statePath(settings.dir), `${JSON.stringify(state, null, 2)}\n`);
  return state;
}

/** Gives the local Neo4j's user a new password, on the running server too; clients holding the old one re-read it. */
export async function rotateLocalPassword(settings: LocalNeo4jSettings): Promise<void> {
  mkdirSync(settings.dir, { recursive: true });
  const password = newPassword();
  const running = readLocalState(settings.dir);
  if (running) {
    const driver = neo4j.driver(running.uri, neo4j.auth.basic(running.user, running.password), {
      logging: { level: 'error', logger: () => {} },
    });
    try {
      await driver.executeQuery(
        'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
        { old: running.password, new: password },
        { database: 'system' },
      );
    } finally {
      await driver.close();
    }
    writeOwnerOnly(statePath(settings.dir), `${JSON.stringify({ ...running, password }, null, 2)}\n`);
  }
  writeOwnerOnly(path.join(settings.dir, PASSWORD_FILE), `${password}\n`);
}

/** Stops the persistent local Neo4j and waits for it to exit; returns false when none was running. */
export async function stopLocalNeo4j(dir: string): Promise<boolean> {
  const state = readLocalState(dir);
  if (!state) return false;
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(state.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  rmSync(statePath(dir), { force: true });
  return true;
}

export interface ThrowawayNeo4j {
  state: LocalNeo4jState;
  stop(): Promise<void>;
}

/** Starts a Neo4j in a fresh temporary directory on a free port; stop() ends it and deletes its data. */
export async function startThrowawayNeo4j(
  settings: LocalNeo4jSettings,
  log: (line: string) => void = () => {},
): Promise<ThrowawayNeo4j> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'csp-neo4j-'));
  const { state, child } = await spawnNeo4j(settings, home, await freePort(), false, log);
  return {
    state,
    async stop() {
      // The data is thrown away, so there is nothing to shut down cleanly: a kill is instant.
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

// --- Building a new store offline and swapping it in (the bulk first load) ---

/** The stopped Neo4j's data folder of a home directory: databases, transactions and the system database. */
function dataDir(home: string): string {
  return path.join(home, 'data');
}

export interface OfflineImportInput {
  database: string;
  nodes: string[];
  relationships: string[];
  /** Some field spans lines. */
  multiline: boolean;
}

/** Off-heap memory the offline importer may take: enough for millions of records, modest on a shared machine. */
const OFFLINE_IMPORT_MEMORY = '2G';

/** Runs Neo4j's offline importer (`neo4j-admin database import full`) into a new home directory that no Neo4j uses;
 * its output goes to `log`. Throws with the log's tail when the importer refuses the files or fails. */
export async function runOfflineImport(
  settings: LocalNeo4jSettings,
  home: string,
  input: OfflineImportInput,
  logFile: string,
): Promise<{ peakMemory: string | undefined }> {
  const classpath = await runnerClasspath();
  mkdirSync(home, { recursive: true });
  const out = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${settings.heap}`,
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      input.database,
      `--multiline-fields=${input.multiline}`,
      `--max-off-heap-memory=${OFFLINE_IMPORT_MEMORY}`,
      // Its report of bad entries goes beside the new store, not into the directory the command was run from.
      `--report-file=${path.join(home, 'import.report')}`,
      ...input.nodes.map((file) => `--nodes=${file}`),
      ...input.relationships.map((file) => `--relationships=${file}`),
    ],
    { stdio: ['ignore', out, out], env: { ...environment(), NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') } },
  );
  closeSync(out);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode ?? -1));
  });
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').slice(-3000);
    throw new LocalNeo4jError(`Neo4j's offline importer failed (exit code ${code}). Its log (${logFile}):\n${tail}`);
  }
  return { peakMemory: /Peak memory usage: (.+)/.exec(readFileSync(logFile, 'utf8'))?.[1]?.trim() };
}

/** Replaces the local store with the data folder of `newHome`: stops the local Neo4j, moves the old data aside, moves
 * the new in, starts it, and hands it to `prepare` (the schema, the region table). If the new store does not start
 * or cannot be prepared, the old one is put back. The old data is deleted once the new runs prepared; the local
 * Neo4j is left running or stopped as it was found. */
export async function swapLocalStore(
  settings: LocalNeo4jSettings,
  newHome: string,
  options: { log?: (line: string) => void; prepare?: (state: LocalNeo4jState) => Promise<void> } = {},
): Promise<void> {
  const { log = () => {}, prepare } = options;
  const wasRunning = readLocalState(settings.dir) !== undefined;
  const current = dataDir(settings.dir);
  const aside = path.join(newHome, 'replaced-data');
  await stopLocalNeo4j(settings.dir);
  mkdirSync(settings.dir, { recursive: true });
  const hadData = existsSync(current);
  if (hadData) renameSync(current, aside);
  renameSync(dataDir(newHome), current);
  if (wasRunning || prepare) {
    try {
      const state = await startLocalNeo4j(settings, log);
      await prepare?.(state);
    } catch (error) {
      await stopLocalNeo4j(settings.dir);
      rmSync(current, { recursive: true, force: true });
      if (hadData) renameSync(aside, current);
      if (wasRunning) await startLocalNeo4j(settings, log);
      throw error;
    }
    if (!wasRunning) await stopLocalNeo4j(settings.dir);
  }
  rmSync(aside, { recursive: true, force: true });
}
