// Builds the GraphQL server (graphql-yoga) apart from any listener: tests call app.fetch(), server.ts listens.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Executor } from '../db/executor';
import { loadCatalog, type RuleDefinition } from '../rules/catalog';
import { useFindingsReport } from '../web-app/use-findings-report';
import { useWebApp } from '../web-app/use-web-app';
import { createAuthenticator } from './auth/authenticate';
import { type ApiContext, type ApiDeps, createContext } from './context';
import { type ApiLogger, describeError, jsonLogger } from './logger';
import { useBodyLimit } from './plugins/body-limit';
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

export type ApiApp = YogaServerInstance<Record<string, unknown>, ApiContext>;

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

  return createYoga<Record<string, unknown>, ApiContext>({
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
    batching: false,
    context: async ({ request }) => {
      const info = requestInfo(request);
      const requestId = info?.id ?? 'unknown';
      try {
        const principal = await deps.authenticator.authenticate(request);
        if (info) info.principal = principal.id;
        return createContext(deps, principal, requestId);
      } catch (error) {
        if (!(error as { extensions?: { code?: string } }).extensions?.code) {
          logger.write({ level: 'error', msg: 'authentication failed', requestId, error: describeError(error) });
        }
        throw error;
      }
    },
    plugins: [
      useRequestLog(logger),
      useBodyLimit(limits.maxBodyBytes),
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      useNeo4jReadiness(options.executor),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth },
        costLimit: { maxCost: limits.maxCost },
        maxAliases: { n: limits.maxAliases },
        maxTokens: { n: limits.maxTokens },
        maxDirectives: { n: limits.maxDirectives },
        blockFieldSuggestion: { enabled: production },
      }),
      ...(production ? [useNoIntrospection()] : []),
      // After the API's own plugins, so authentication, limits and the request log apply first.
      ...(options.webAppDir
        ? [useFindingsReport(), useWebApp(options.webAppDir, { reservedPaths: ['/health', '/ready'] })]
        : []),
    ],
  });
}
