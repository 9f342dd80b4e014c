// Starts the GraphQL API on a free port against the test Neo4j, loaded with the demo ecosystem (or another), with one
// API key per role; requests go through real HTTP.
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApiKey } from '../../server/api/auth/api-keys';
import type { Role } from '../../server/api/auth/roles';
import { CSRF_HEADER, type RunningServer, startApiServer } from '../../server/api/index';
import type { ApiSettings } from '../../server/api/settings';
import { PROJECT_ROOT } from '../../server/config';
import { createExecutor, type Executor } from '../../server/db/executor';
import { clearGraph } from '../../server/graph/clear-graph';
import { importPath } from '../../server/import/import-path';
import { useTestDatabase } from '../support/test-database';

export const DEMO = path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json');

/** Ids from the demo ecosystem (data/demo/ecosystem.json). */
export const DEMO_IDS = {
  litwareEurope: 'f7fe3e7a-8f54-416a-8a04-6081387a2825',
  contosoEurope: '969d5545-1fe2-4eee-aa96-5e8e97747f4e',
  fabrikamFrance: 'c854f343-57c1-4129-bfaf-1b4b37adba31',
  bellowsDigital: '13e7adef-d453-45e2-85f3-92a4cb719e01',
  woodgroveBank: '667445d6-e54a-44e0-a601-b930754481e9',
  relecloudAsiaPacific: '45ccc85d-c214-4664-97ff-cdd32dcfe205',
  northwind: '269313b7-b9ab-4406-9d8c-50101541cbe2',
  contosoUs: '630779c8-1282-4ef6-8826-d7076c91f8fd',
};

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  };
}

export interface ApiHarness {
  db: () => Executor;
  url: () => string;
  key: (role: Role) => string;
  logs: Record<string, unknown>[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { role?: Role | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
}

/** Empties the graph in one plain transaction: clearGraph's CALL ... IN TRANSACTIONS cannot run inside the managed
 * transaction the executor opens once earlier test files have left data behind. */
export function emptyGraphFirst(): void {
  beforeAll(async () => {
    const executor = createExecutor(inject('neo4j'), { queryTimeoutMs: 120_000 });
    try {
      await clearGraph(executor);
    } finally {
      await executor.close();
    }
  });
}

/** `ecosystem`: the import document (a path) the graph is loaded with. */
export function useApiServer(settings: Partial<ApiSettings> = {}, ecosystem = DEMO): ApiHarness {
  const db = useTestDatabase();
  const keys = new Map<Role, string>();
  const logs: Record<string, unknown>[] = [];
  let server: RunningServer | undefined;

  beforeAll(async () => {
    await importPath(db(), ecosystem);
    for (const role of ['viewer', 'analyst', 'admin'] as const) {
      keys.set(role, (await createApiKey(db(), { name: `test ${role}`, role, createdBy: 'test' })).secret);
    }
    server = await startApiServer({
      executor: db(),
      port: 0,
      host: '127.0.0.1',
      settings: { mode: 'test', jwt: undefined, ...settings },
      logger: { write: (entry) => logs.push(entry) },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  const url = () => {
    if (!server) throw new Error('The API server is not running: call useApiServer() at the top of the file.');
    return server.url;
  };
  const key = (role: Role) => {
    const secret = keys.get(role);
    if (!secret) throw new Error(`No ${role} key yet: use the harness inside tests.`);
    return secret;
  };

  return {
    db,
    url,
    key,
    logs,
    async gql(query, variables = {}, options = {}) {
      const role = options.role === undefined ? 'admin' : options.role;
      const response = await fetch(url(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(role ? { authorization: `Bearer ${key(role)}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
  };
}

export { CSRF_HEADER };
