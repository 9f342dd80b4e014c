// Turns a request's credentials (an API key or an HS256 JWT) into the principal making it, or refuses it.
import { errors as joseErrors, jwtVerify } from 'jose';
import type { Executor } from '../../db/executor';
import { apiError } from '../errors';
import type { JwtSettings } from '../settings';
import { findApiKey, hashSecret, SECRET_PREFIX } from './api-keys';
import { isRole, type Principal } from './roles';
import { readScope, type Scope, ScopeError } from './scope';

/** How long a key found in the graph is trusted without asking again; revoking through the API clears it at once. */
const KEY_CACHE_MS = 30_000;
const KEY_CACHE_MAX = 1000;
/** Secrets found in no key are remembered this long, so guessing costs no database look-up. A new key has a new
 * random secret, so nothing valid is ever refused from this cache. */
const UNKNOWN_CACHE_MS = 300_000;
const UNKNOWN_CACHE_MAX = 10_000;

export interface Authenticator {
  authenticate(request: Request): Promise<Principal>;
  /** Drops a revoked key from the cache. */
  forgetKey(keyId: string): void;
}

function credentialsOf(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw apiError('UNAUTHENTICATED', 'The Authorization header must read "Bearer <API key or token>".');
    return match[1];
  }
  return request.headers.get('x-api-key')?.trim() || undefined;
}

export function createAuthenticator(executor: Executor, jwt: JwtSettings | undefined): Authenticator {
  const cache = new Map<string, { principal: Principal; keyId: string; until: number }>();
  const unknown = new Map<string, number>();

  async function byApiKey(secret: string): Promise<Principal> {
    const cached = cache.get(secret);
    if (cached && cached.until > Date.now()) return cached.principal;
    const refusal = () => apiError('UNAUTHENTICATED', 'The API key is unknown or revoked.');
    const hash = hashSecret(secret);
    if ((unknown.get(hash) ?? 0) > Date.now()) throw refusal();
    const key = await findApiKey(executor, secret);
    if (!key || !isRole(key.role)) {
      if (unknown.size >= UNKNOWN_CACHE_MAX) unknown.clear();
      unknown.set(hash, Date.now() + UNKNOWN_CACHE_MS);
      throw refusal();
    }
    const principal = { id: `api-key:${key.id}`, name: key.name, role: key.role, scope: key.scope };
    if (cache.size >= KEY_CACHE_MAX) cache.clear();
    cache.set(secret, { principal, keyId: key.id, until: Date.now() + KEY_CACHE_MS });
    return principal;
  }

  async function byJwt(token: string): Promise<Principal> {
    if (!jwt) throw apiError('UNAUTHENTICATED', 'The API key is unknown or revoked.');
    try {
      const { payload } = await jwtVerify(token, jwt.secret, {
        algorithms: ['HS256'],
        requiredClaims: ['sub', 'exp'],
        ...(jwt.issuer ? { issuer: jwt.issuer } : {}),
        ...(jwt.audience ? { audience: jwt.audience } : {}),
      });
      if (!isRole(payload.role)) {
        throw apiError('UNAUTHENTICATED', "The token's role claim must be viewer, analyst or admin.");
      }
      const name = typeof payload.name === 'string' ? payload.name : (payload.sub as string);
      let scope: Scope | null = null;
      try {
        scope = payload.scope === undefined ? null : readScope(payload.scope, "The token's scope claim");
      } catch (error) {
        if (error instanceof ScopeError) throw apiError('UNAUTHENTICATED', `${error.message}.`);
        throw error;
      }
      return { id: `jwt:${payload.sub}`, name, role: payload.role, scope };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) {
        const reason = error instanceof joseErrors.JWTExpired ? 'has expired' : 'is not valid';
        throw apiError('UNAUTHENTICATED', `The token ${reason}.`);
      }
      throw error;
    }
  }

  return {
    async authenticate(request) {
      const credentials = credentialsOf(request);
      if (!credentials) {
        throw apiError('UNAUTHENTICATED', 'Send an API key or a token: "Authorization: Bearer <credentials>".');
      }
      return credentials.startsWith(SECRET_PREFIX) ? byApiKey(credentials) : byJwt(credentials);
    },
    forgetKey(keyId) {
      for (const [secret, entry] of cache) if (entry.keyId === keyId) cache.delete(secret);
    },
  };
}
