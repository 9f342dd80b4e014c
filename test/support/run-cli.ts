// Runs the `csp` command line as a child process against the test run's Neo4j, as a user would.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the command line with `args`, pointed at the test run's Neo4j; `env` adds to or overrides its environment. */
export function spawnCli(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  const neo4j = inject('neo4j');
  // As ./csp runs it.
  return spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Runs the command line to its end. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, env);
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
