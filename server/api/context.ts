// What every resolver receives: the caller, the request id, the database, per-request loaders and the rule catalog.
import type { Executor } from '../db/executor';
import type { RuleDefinition } from '../rules/catalog';
import { todayIso } from '../shared/dates';
import type { Authenticator } from './auth/authenticate';
import type { Principal } from './auth/roles';
import { createLoaders, type Loaders } from './loaders';
import type { ApiLogger } from './logger';

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
}

export function createContext(deps: ApiDeps, principal: Principal, requestId: string): ApiContext {
  return { ...deps, principal, requestId, loaders: createLoaders(deps.executor), today: todayIso() };
}
