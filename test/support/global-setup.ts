// Starts a throwaway local Neo4j for the test run (or uses NEO4J_URI's server) and hands its address to the tests.
import type { TestProject } from 'vitest/node';
import { type RemoteNeo4jSettings, readSettings } from '../../server/config';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../server/db/local-neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: RemoteNeo4jSettings;
  }
}

let throwaway: ThrowawayNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const settings = readSettings();
  if (settings.remote) {
    project.provide('neo4j', settings.remote);
    return;
  }
  throwaway = await startThrowawayNeo4j({ ...settings.local, heap: process.env.NEO4J_LOCAL_HEAP ?? '2g' }, (line) =>
    process.stderr.write(`${line}\n`),
  );
  const { pid: _pid, startedAt: _startedAt, ...connection } = throwaway.state;
  project.provide('neo4j', connection);
}

export async function teardown(): Promise<void> {
  await throwaway?.stop();
}
