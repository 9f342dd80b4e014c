// Expected failures as GraphQL errors with a code clients can act on; anything else is masked by the server.
import { createGraphQLError } from 'graphql-yoga';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'IMPORT_REFUSED',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
};

export function apiError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  headers?: Record<string, string>,
) {
  const status = HTTP_STATUS[code];
  return createGraphQLError(message, {
    extensions: { code, ...extensions, ...(status ? { http: { status, ...(headers ? { headers } : {}) } } : {}) },
  });
}

/** Neo4j cannot be reached: HTTP 503 with the seconds after which to try again. */
export function unavailable(retryAfterS: number) {
  return apiError(
    'SERVICE_UNAVAILABLE',
    'The database is not reachable; retry shortly.',
    {},
    {
      'retry-after': String(retryAfterS),
    },
  );
}

export function badInput(message: string, extensions: Record<string, unknown> = {}) {
  return apiError('BAD_USER_INPUT', message, extensions);
}

export function notFound(message: string) {
  return apiError('NOT_FOUND', message);
}
