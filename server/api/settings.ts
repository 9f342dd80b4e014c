// The API server's settings, read from the environment in one place (see .env.example).
import { ConfigError } from '../config';

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

export interface ApiSettings {
  host: string;
  port: number;
  mode: ApiMode;
  limits: ApiLimits;
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

export function apiMode(env: NodeJS.ProcessEnv = process.env): ApiMode {
  const mode = env.NODE_ENV?.trim();
  return mode === 'development' || mode === 'test' ? mode : 'production';
}

export function readApiSettings(env: NodeJS.ProcessEnv = process.env): ApiSettings {
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
