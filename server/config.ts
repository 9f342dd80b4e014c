// Settings read from the environment in one place; every other module receives them as values.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How to reach a Neo4j server that someone else runs (NEO4J_URI is set). */
export interface RemoteNeo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** How to run the project's own Neo4j (NEO4J_URI is not set). */
export interface LocalNeo4jSettings {
  dir: string;
  port: number;
  heap: string;
  pageCacheMb: number;
  database: string;
}

export interface Settings {
  remote: RemoteNeo4jSettings | undefined;
  local: LocalNeo4jSettings;
  queryTimeoutMs: number;
  /** Each rule of a scan is cancelled after this long: a scan is batch work that grows with the ecosystem. */
  scanRuleTimeoutMs: number;
}

/** The process environment. Only this module reads it: the parsers elsewhere (the API's settings, the progress
 * style, webhook secrets) take it as a parameter, defaulting to this, so that tests hand them their own. */
export function environment(): NodeJS.ProcessEnv {
  return process.env;
}

/** CSP_WEBHOOKS_FILE: where the webhooks of `scan --notify` and `notify test` are listed (docs/daily-run.md). */
export function webhooksFile(env: NodeJS.ProcessEnv = environment()): string | undefined {
  return env.CSP_WEBHOOKS_FILE?.trim() || undefined;
}

/** DEBUG=csp:cypher logs every statement and its parameters to stderr. */
export function cypherDebugEnabled(env: NodeJS.ProcessEnv = environment()): boolean {
  return /(^|,)\s*csp:cypher\s*(,|$)/.test(env.DEBUG ?? '');
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive whole number, got '${raw}'`);
  }
  return value;
}

const DEFAULT_HEAP = '2g';
const MIB = 1024 * 1024;

/** A heap size as the JVM reads it (`2g`, `512m`), in MiB; undefined when it is not one. */
function heapMb(heap: string): number | undefined {
  const match = /^(\d+)([gGmM])$/.exec(heap);
  if (!match) return undefined;
  return Number(match[1]) * (match[2]?.toLowerCase() === 'g' ? 1024 : 1);
}

/**
 * The local Neo4j's page cache when none is set: half the machine's memory minus the heap, as Neo4j sizes it when
 * left alone, and at least 512 MiB. A scan reads the whole store, so a cache far smaller than the store turns every
 * rule into disk reads (a 1,000,000-customer store is several GiB); the cache is filled as pages are read, so a small
 * store never takes more than it holds.
 */
export function defaultPageCacheMb(totalMemoryBytes: number, heap: string): number {
  const half = Math.floor(totalMemoryBytes / MIB / 2) - (heapMb(heap) ?? 2048);
  return Math.max(512, half);
}

export function readSettings(env: NodeJS.ProcessEnv = environment()): Settings {
  const uri = env.NEO4J_URI?.trim();
  const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
  let remote: RemoteNeo4jSettings | undefined;
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got '${uri}'`);
    }
    const password = env.NEO4J_PASSWORD;
    if (!password) throw new ConfigError('NEO4J_URI is set, so NEO4J_PASSWORD must be set too');
    remote = { uri, user: env.NEO4J_USER?.trim() || 'neo4j', password, database };
  }
  return {
    remote,
    local: {
      dir: path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_DIR?.trim() || '.neo4j'),
      port: positiveInt(env, 'NEO4J_LOCAL_PORT', 7687),
      heap: env.NEO4J_LOCAL_HEAP?.trim() || DEFAULT_HEAP,
      pageCacheMb: positiveInt(
        env,
        'NEO4J_LOCAL_PAGECACHE_MB',
        defaultPageCacheMb(os.totalmem(), env.NEO4J_LOCAL_HEAP?.trim() || DEFAULT_HEAP),
      ),
      database,
    },
    queryTimeoutMs: positiveInt(env, 'NEO4J_QUERY_TIMEOUT_MS', 60_000),
    scanRuleTimeoutMs: positiveInt(env, 'NEO4J_SCAN_RULE_TIMEOUT_MS', 1_800_000),
  };
}
