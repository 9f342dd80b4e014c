// Builds the GraphQL server (graphql-yoga) apart from any listener: tests call app.fetch(), server.ts listens.
import type { IncomingMessage } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Executor } from '../db/executor';
import { loadCatalog, type RuleDefinition } from '../rules/catalog';
import { REPORTS_PREFIX, useFindingsReport } from '../web-app/use-findings-report';
import { useWebApp } from '../web-app/use-web-app';
import { createGate } from './auth/admission';
import { createAuthenticator } from './auth/authenticate';
import type { Principal } from './auth/roles';
import { type ApiContext, type ApiDeps, createContext } from './context';
import { type ApiLogger, describeError, jsonLogger } from './logger';
import { useBodyLimit } from './plugins/body-limit';
import { useConcurrencyLimit } from './plugins/concurrency-limit';
import { useCostLimit } from './plugins/cost-limit';
import { useNoIntrospection } from './plugins/no-introspection';
import { useNeo4jReadiness } from './plugins/readiness';
import { requestInfo, useRequestLog } from './plugins/request-log';
import { buildSchema } from './schema';
import { type ApiSettings, readApiSettings } from './settings';

export const GRAPHQL_PATH = '/graphql';

/** The header a browser cannot add to a cross-site form post: required on requests that skip CORS preflight. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export interface AppOptions {
  /** The one executor (one driver, one pool) every request uses. */
  executor: Executor;
  /** Defaults to readApiSettings() (the environment). */
  settings?: Partial<ApiSettings>;
  /** Defaults to the catalog in cypher/rules. */
  catalog?: readonly RuleDefinition[];
  /** Defaults to JSON lines on standard output. */
  logger?: ApiLogger;
  /** The built explorer (web/dist): when set, the server also answers the report downloads and the explorer's pages. */
  webAppDir?: string;
}

/** What yoga's Node listener hands the app with each request (nothing when a test calls app.fetch). */
export interface ServerContext {
  req?: IncomingMessage;
}

export type ApiApp = YogaServerInstance<ServerContext, ApiContext>;

/** A refused request's unread body up to this size is read and dropped by Node, so its connection stays usable; a
 * larger (or undeclared) one is never read: the connection closes after the refusal. */
const DRAINED_BODY_BYTES = 64 * 1024;

function closesConnection(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  return !(Number(request.headers.get('content-length') ?? Number.POSITIVE_INFINITY) <= DRAINED_BODY_BYTES);
}

const UNEXPECTED = JSON.stringify({ errors: [{ message: 'Unexpected error.' }] });

/** Limit errors from graphql-armor get a code of their own, like every other refusal. */
function coded(code: string) {
  return [
    (_context: unknown, error: { extensions: Record<string, unknown> }) => Object.assign(error.extensions, { code }),
  ];
}

/** Whether a request skips admission: probes, the explorer's static files, CORS preflights, and the GraphiQL page.
 * GraphQL requests and report downloads are admitted. */
function isOpen(request: Request, development: boolean): boolean {
  if (request.method === 'OPTIONS') return true;
  const url = new URL(request.url);
  if (url.pathname.startsWith(REPORTS_PREFIX)) return false;
  if (url.pathname !== GRAPHQL_PATH) return true;
  return development && request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}

export function createApp(options: AppOptions): ApiApp {
  const settings = { ...readApiSettings(), ...options.settings };
  const logger = options.logger ?? jsonLogger();
  const deps: ApiDeps = {
    executor: options.executor,
    catalog: options.catalog ?? loadCatalog(),
    authenticator: createAuthenticator(options.executor, settings.jwt),
    logger,
  };
  const production = settings.mode === 'production';
  const { limits } = settings;
  const gate = createGate(deps.authenticator, settings.rateLimits);
  /** Requests the gate admitted: their callers. */
  const admitted = new WeakMap<Request, Principal>();

  /** The context of a request: its caller (admitted, else authenticated now), scope and request id. */
  async function contextOf(request: Request): Promise<ApiContext> {
    const info = requestInfo(request);
    const requestId = info?.id ?? 'unknown';
    try {
      const principal = admitted.get(request) ?? (await deps.authenticator.authenticate(request));
      if (info) info.principal = principal.id;
      return createContext(deps, principal, requestId);
    } catch (error) {
      if (!(error as { extensions?: { code?: string } }).extensions?.code) {
        logger.write({ level: 'error', msg: 'authentication failed', requestId, error: describeError(error) });
      }
      throw error;
    }
  }

  const yoga = createYoga<ServerContext, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: settings.mode === 'development',
    // Expected failures carry a code and pass; anything else reads "Unexpected error." with no detail.
    maskedErrors: { isDev: false },
    // Faults are logged with their request id by the resolvers and the context, so yoga's own logger stays quiet.
    logging: false,
    multipart: true,
    // A body that declares no length is counted as yoga reads it (a declared one is refused first: useBodyLimit).
    maxRequestBodySize: limits.maxBodyBytes,
    batching: false,
    // Closed by default: a browser may call the API only from the page's own origin, or from those listed.
    cors:
      settings.corsOrigins.length > 0
        ? {
            origin: settings.corsOrigins,
            credentials: false,
            allowedHeaders: ['authorization', 'content-type', 'x-api-key', CSRF_HEADER, 'x-request-id'],
          }
        : false,
    context: ({ request }) => contextOf(request),
    plugins: [
      useRequestLog(logger),
      {
        // Credentials and rate limits are checked from the headers, before a byte of the body is read.
        async onRequest({ request, serverContext, endResponse }) {
          if (isOpen(request, settings.mode === 'development')) return;
          const address = (serverContext as ServerContext | undefined)?.req?.socket.remoteAddress ?? 'local';
          try {
            const admission = await gate.admit(request, address);
            if ('principal' in admission) {
              admitted.set(request, admission.principal);
              return;
            }
            if (closesConnection(request)) admission.refusal.headers.set('connection', 'close');
            endResponse(admission.refusal);
          } catch (error) {
            // A fault here is logged and masked like any other: the client learns nothing of it.
            const requestId = requestInfo(request)?.id ?? 'unknown';
            logger.write({ level: 'error', msg: 'admission failed', requestId, error: describeError(error) });
            endResponse(new Response(UNEXPECTED, { status: 500, headers: { 'content-type': 'application/json' } }));
          }
        },
      },
      useConcurrencyLimit(settings.concurrency, (request) => admitted.has(request)),
      useBodyLimit(limits.maxBodyBytes),
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      useNeo4jReadiness(options.executor),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, onReject: coded('DEPTH_LIMIT_EXCEEDED') },
        costLimit: { enabled: false },
        maxAliases: { n: limits.maxAliases, onReject: coded('ALIAS_LIMIT_EXCEEDED') },
        maxTokens: { n: limits.maxTokens, onReject: coded('TOKEN_LIMIT_EXCEEDED') },
        maxDirectives: { n: limits.maxDirectives, onReject: coded('DIRECTIVE_LIMIT_EXCEEDED') },
        blockFieldSuggestion: { enabled: production },
      }),
      useCostLimit(limits.maxCost),
      ...(production ? [useNoIntrospection()] : []),
      // After the API's own plugins, so authentication, limits and the request log apply first.
      useFindingsReport({
        contextOf,
        onFault: (request, error) =>
          logger.write({
            level: 'error',
            msg: 'report failed',
            requestId: requestInfo(request)?.id ?? 'unknown',
            error: describeError(error),
          }),
      }),
      ...(options.webAppDir ? [useWebApp(options.webAppDir, { reservedPaths: ['/health', '/ready'] })] : []),
    ],
  });
  return yoga;
}
