// What every resolver receives: the caller, the request id, the database, per-request loaders and the rule catalog.
import type { Executor } from '../db/executor';
import type { RuleDefinition } from '../rules/catalog';
import { todayIso } from '../shared/dates';
import type { Authenticator } from './auth/authenticate';
import type { Principal } from './auth/roles';
import { type ScopeParameter, scopeParameter } from './auth/scope';
import { createLoaders, type Loaders } from './loaders';
import { type ApiLogger, jsonLogger } from './logger';
import { apiStatement } from './statement-text';

/** What the app holds for its whole life and shares between requests. */
export interface ApiDeps {
  executor: Executor;
  catalog: readonly RuleDefinition[];
  authenticator: Authenticator;
  logger: ApiLogger;
}

export interface ApiContext extends ApiDeps {
  principal: Principal;
  requestId: string;
  loaders: Loaders;
  /** The date relationships are judged on when a query names none. */
  today: string;
  /** The caller's scope as the Cypher takes it (`$scope`); null: unscoped. */
  scope: ScopeParameter | null;
}

/** The executor whose reads expand the shorthand of their statements (statement-text.ts) and take the caller's
 * `$scope`, so no read of the request can forget it (statements without a test ignore the extra parameter). */
function scopedExecutor(executor: Executor, scope: ScopeParameter | null): Executor {
  return {
    ...executor,
    read: (query, params, options) => executor.read(apiStatement(query, scope !== null), { ...params, scope }, options),
  };
}

export function createContext(deps: ApiDeps, principal: Principal, requestId: string): ApiContext {
  const scope = scopeParameter(principal.scope);
  const executor = scopedExecutor(deps.executor, scope);
  return { ...deps, executor, principal, requestId, loaders: createLoaders(executor), today: todayIso(), scope };
}

/** Whoever runs the command line: they hold the database's own credentials, so they read the whole graph. */
export const COMMAND_LINE: Principal = { id: 'command-line', name: 'command line', role: 'admin', scope: null };

/** The context the command line reads the API's data through (`./csp report`): no request, nobody to authenticate,
 * faults written to standard error. */
export function commandLineContext(executor: Executor, catalog: readonly RuleDefinition[]): ApiContext {
  const deps: ApiDeps = {
    executor,
    catalog,
    authenticator: {
      authenticate: () => Promise.reject(new Error('The command line authenticates nobody.')),
      forgetKey: () => {},
    },
    logger: jsonLogger(process.stderr),
  };
  return createContext(deps, COMMAND_LINE, 'command-line');
}
