// The API server's settings, read from the environment in one place (see .env.example).
import { ConfigError, environment } from '../config';
import type { ConcurrencyLimit } from './plugins/concurrency-limit';

export type ApiMode = 'production' | 'development' | 'test';

/** Limits on what one request may ask for; see docs/api.md. */
export interface ApiLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxBodyBytes: number;
}

export interface JwtSettings {
  /** The HS256 key. */
  secret: Uint8Array;
  issuer: string | undefined;
  audience: string | undefined;
}

/** How many requests a caller may make; see docs/api.md. */
export interface RateLimits {
  /** Requests per minute with one API key or token subject. */
  perKeyPerMinute: number;
  /** Requests per minute from one client address, whoever it authenticates as. */
  perAddressPerMinute: number;
  /** Failed authentications per client address per window; past them the address is refused for the window. */
  failedAuthPerWindow: number;
  failedAuthWindowSeconds: number;
}

export interface ApiSettings {
  host: string;
  port: number;
  mode: ApiMode;
  limits: ApiLimits;
  rateLimits: RateLimits;
  /** How many admitted requests run at once, and how long the others may wait for their turn. */
  concurrency: ConcurrencyLimit;
  /** Origins a browser may call the API from besides its own (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Absent: only API keys are accepted. */
  jwt: JwtSettings | undefined;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxBodyBytes: 10 * 1024 * 1024,
};

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perKeyPerMinute: 1200,
  perAddressPerMinute: 2400,
  failedAuthPerWindow: 20,
  failedAuthWindowSeconds: 600,
};

export const DEFAULT_CONCURRENCY: ConcurrencyLimit = {
  maxConcurrent: 8,
  maxWaitMs: 10_000,
};

/** Below this an HS256 secret can be guessed offline from any token. */
const MIN_JWT_SECRET_LENGTH = 32;

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, got '${raw}'`);
  }
  return value;
}

export function apiMode(env: NodeJS.ProcessEnv = environment()): ApiMode {
  const mode = env.NODE_ENV?.trim();
  return mode === 'development' || mode === 'test' ? mode : 'production';
}

/** API_CORS_ORIGINS: a comma-separated list of origins such as https://dashboard.example.com. */
function corsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      throw new ConfigError(`API_CORS_ORIGINS must list origins like https://host:port, got '${origin}'`);
    }
  }
  return origins;
}

export function readApiSettings(env: NodeJS.ProcessEnv = environment()): ApiSettings {
  const secret = env.API_JWT_SECRET ?? '';
  if (secret !== '' && secret.length < MIN_JWT_SECRET_LENGTH) {
    throw new ConfigError(`API_JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters long`);
  }
  return {
    host: env.API_HOST?.trim() || '127.0.0.1',
    port: wholeNumber(env, 'API_PORT', 4000, 0),
    mode: apiMode(env),
    limits: {
      ...DEFAULT_LIMITS,
      maxBodyBytes: wholeNumber(env, 'API_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, 1024),
    },
    rateLimits: {
      perKeyPerMinute: wholeNumber(env, 'API_RATE_LIMIT_PER_KEY', DEFAULT_RATE_LIMITS.perKeyPerMinute, 1),
      perAddressPerMinute: wholeNumber(env, 'API_RATE_LIMIT_PER_ADDRESS', DEFAULT_RATE_LIMITS.perAddressPerMinute, 1),
      failedAuthPerWindow: wholeNumber(env, 'API_FAILED_AUTH_LIMIT', DEFAULT_RATE_LIMITS.failedAuthPerWindow, 1),
      failedAuthWindowSeconds: DEFAULT_RATE_LIMITS.failedAuthWindowSeconds,
    },
    concurrency: {
      maxConcurrent: wholeNumber(env, 'API_MAX_CONCURRENT', DEFAULT_CONCURRENCY.maxConcurrent, 1),
      maxWaitMs: wholeNumber(env, 'API_MAX_WAIT_MS', DEFAULT_CONCURRENCY.maxWaitMs, 0),
    },
    corsOrigins: corsOrigins(env.API_CORS_ORIGINS),
    jwt:
      secret === ''
        ? undefined
        : {
            secret: new TextEncoder().encode(secret),
            issuer: env.API_JWT_ISSUER?.trim() || undefined,
            audience: env.API_JWT_AUDIENCE?.trim() || undefined,
          },
  };
}
