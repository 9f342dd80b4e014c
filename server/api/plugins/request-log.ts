// One JSON log line per request, with its id (x-request-id honoured when sane, generated otherwise and echoed back),
// status, duration, operation, caller and error codes.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { getOperationAST } from '../graphql-runtime';
import type { ApiLogger } from '../logger';

export interface RequestInfo {
  id: string;
  started: number;
  operation?: string;
  principal?: string;
  errors: string[];
}

const requests = new WeakMap<Request, RequestInfo>();

/** Ids from a client or a proxy are kept only if short and plain, so they cannot forge log structure. */
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

export function requestInfo(request: Request): RequestInfo | undefined {
  return requests.get(request);
}

function track(request: Request, started: number): RequestInfo {
  const given = request.headers.get('x-request-id');
  const entry = { id: given && SANE_REQUEST_ID.test(given) ? given : randomUUID(), started, errors: [] };
  requests.set(request, entry);
  return entry;
}

export function useRequestLog(logger: ApiLogger): Plugin {
  return {
    onRequest({ request }) {
      track(request, performance.now());
    },
    onExecute({ args }) {
      const info = (args.contextValue as { request?: Request }).request;
      const entry = info && requests.get(info);
      if (entry) {
        const operation = getOperationAST(args.document, args.operationName);
        entry.operation = operation?.name?.value ?? operation?.operation;
      }
    },
    onExecutionResult({ request, result }) {
      const entry = requests.get(request);
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single?.errors ?? []) {
          entry?.errors.push(String(error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED'));
        }
      }
    },
    onResponse({ request, response }) {
      // Yoga answers /health before any plugin of the API sees the request; it is tracked here, at its answer.
      const entry = requests.get(request) ?? track(request, performance.now());
      response.headers.set('x-request-id', entry.id);
      logger.write({
        level: response.status >= 500 ? 'error' : 'info',
        msg: 'request',
        requestId: entry.id,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms: Math.round((performance.now() - entry.started) * 10) / 10,
        ...(entry.operation ? { operation: entry.operation } : {}),
        ...(entry.principal ? { principal: entry.principal } : {}),
        ...(entry.errors.length > 0 ? { errors: entry.errors } : {}),
      });
    },
  };
}
