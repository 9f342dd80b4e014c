// The API's environment settings: defaults, production by default, and refusals that name the variable.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY, DEFAULT_LIMITS, DEFAULT_RATE_LIMITS, readApiSettings } from '../../server/api/settings';

describe('readApiSettings', () => {
  it('listens on localhost:4000 in production mode with the default limits and no JWT', () => {
    expect(readApiSettings({})).toEqual({
      host: '127.0.0.1',
      port: 4000,
      mode: 'production',
      limits: DEFAULT_LIMITS,
      rateLimits: DEFAULT_RATE_LIMITS,
      concurrency: { maxConcurrent: 8, maxWaitMs: 10_000 },
      corsOrigins: [],
      jwt: undefined,
    });
    expect(DEFAULT_CONCURRENCY).toEqual({ maxConcurrent: 8, maxWaitMs: 10_000 });
  });

  it('reads how many requests run at once and how long the others wait, refusing fewer than one at once', () => {
    expect(readApiSettings({ API_MAX_CONCURRENT: '32', API_MAX_WAIT_MS: '2500' }).concurrency).toEqual({
      maxConcurrent: 32,
      maxWaitMs: 2500,
    });
    expect(() => readApiSettings({ API_MAX_CONCURRENT: '0' })).toThrow(/API_MAX_CONCURRENT must be a whole number/);
    expect(() => readApiSettings({ API_MAX_WAIT_MS: 'soon' })).toThrow(/API_MAX_WAIT_MS must be a whole number/);
  });

  it('reads the rate limits and the CORS allowlist, refusing what is not an origin', () => {
    const settings = readApiSettings({
      API_RATE_LIMIT_PER_KEY: '60',
      API_RATE_LIMIT_PER_ADDRESS: '120',
      API_FAILED_AUTH_LIMIT: '5',
      API_CORS_ORIGINS: 'https://dash.example.com, http://127.0.0.1:5173',
    });
    expect(settings.rateLimits).toMatchObject({
      perKeyPerMinute: 60,
      perAddressPerMinute: 120,
      failedAuthPerWindow: 5,
    });
    expect(settings.corsOrigins).toEqual(['https://dash.example.com', 'http://127.0.0.1:5173']);
    expect(() => readApiSettings({ API_CORS_ORIGINS: '*' })).toThrow(/API_CORS_ORIGINS must list origins/);
    expect(() => readApiSettings({ API_CORS_ORIGINS: 'https://x.example.com/path' })).toThrow(/API_CORS_ORIGINS/);
    expect(() => readApiSettings({ API_RATE_LIMIT_PER_KEY: '0' })).toThrow(/API_RATE_LIMIT_PER_KEY/);
  });

  it('reads the port, host, body limit, mode and JWT settings', () => {
    const settings = readApiSettings({
      API_PORT: '8080',
      API_HOST: '0.0.0.0',
      API_MAX_BODY_BYTES: '2048',
      NODE_ENV: 'development',
      API_JWT_SECRET: 'x'.repeat(32),
      API_JWT_ISSUER: 'idp',
      API_JWT_AUDIENCE: 'csp',
    });
    expect(settings).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      mode: 'development',
      limits: { maxBodyBytes: 2048 },
    });
    expect(settings.jwt).toMatchObject({ issuer: 'idp', audience: 'csp' });
  });

  it('refuses a short JWT secret and a bad number, naming the variable', () => {
    expect(() => readApiSettings({ API_JWT_SECRET: 'short' })).toThrow(/API_JWT_SECRET must be at least 32/);
    expect(() => readApiSettings({ API_PORT: 'eighty' })).toThrow(/API_PORT must be a whole number/);
    expect(() => readApiSettings({ API_MAX_BODY_BYTES: '10' })).toThrow(/API_MAX_BODY_BYTES/);
  });
});
