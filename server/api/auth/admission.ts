// Decides from a request's headers alone, before its body is read, whether it may go on: rate limits per client
// address and per key, a harder limit on failed authentications, and the credentials themselves.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DatabaseUnavailableError } from '../../db/executor';
import type { RateLimits } from '../settings';
import type { Authenticator } from './authenticate';
import type { Principal } from './roles';

/** The answer to a request that may go on (with its caller) or not (with the response to send instead). */
export type Admission = { principal: Principal } | { refusal: Response };

export interface Gate {
  /** `address`: the client's network address (the socket peer; a proxy in front should be trusted explicitly). */
  admit(request: Request, address: string): Promise<Admission>;
}

/** A refusal as the API sends it: the status, and a GraphQL error with its code (and when to retry). */
export function refusal(status: number, code: string, message: string, retryAfterS?: number): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (retryAfterS !== undefined) headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterS)));
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers });
}

function tooMany(rejection: unknown): Response {
  const waitS = rejection instanceof RateLimiterRes ? rejection.msBeforeNext / 1000 : 60;
  return refusal(429, 'RATE_LIMITED', 'Too many requests: retry after the time in the Retry-After header.', waitS);
}

/** The response for a database that cannot be reached (HTTP 503, with when to try again). */
export function unavailableResponse(retryAfterS: number): Response {
  return refusal(503, 'SERVICE_UNAVAILABLE', 'The database is not reachable; retry shortly.', retryAfterS);
}

export function createGate(authenticator: Authenticator, limits: RateLimits): Gate {
  const perAddress = new RateLimiterMemory({ points: limits.perAddressPerMinute, duration: 60 });
  const perKey = new RateLimiterMemory({ points: limits.perKeyPerMinute, duration: 60 });
  const failures = new RateLimiterMemory({
    points: limits.failedAuthPerWindow,
    duration: limits.failedAuthWindowSeconds,
  });

  return {
    async admit(request, address) {
      try {
        await perAddress.consume(address);
      } catch (rejection) {
        return { refusal: tooMany(rejection) };
      }
      const failed = await failures.get(address);
      if (failed && failed.remainingPoints <= 0) return { refusal: tooMany(failed) };
      let principal: Principal;
      try {
        principal = await authenticator.authenticate(request);
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) return { refusal: unavailableResponse(error.retryAfterS) };
        const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
        if (code !== 'UNAUTHENTICATED') throw error;
        await failures.penalty(address, 1);
        return { refusal: refusal(401, 'UNAUTHENTICATED', (error as Error).message) };
      }
      try {
        await perKey.consume(principal.id);
      } catch (rejection) {
        return { refusal: tooMany(rejection) };
      }
      return { principal };
    },
  };
}
