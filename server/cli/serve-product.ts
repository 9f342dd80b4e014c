// Serving the product from the command line: the GraphQL API and the explorer on one port until Ctrl-C, over the
// graph as it is. `start` and `serve` both end here.

import { startApiServer } from '../api/index';
import type { Executor } from '../db/executor';
import { loadCatalog } from '../rules/catalog';
import { warmRulePlans } from '../rules/warm-plans';
import { ensureWebAppBuilt, WEB_DIST } from '../web-app/build-web-app';
import { CliError } from './cli-error';

function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

/** Serves until Ctrl-C (or SIGTERM); `signIn` is printed under the addresses, to say how to sign in. */
export async function serveProduct(
  executor: Executor,
  options: { port?: number; signIn: string; log: (line: string) => void },
): Promise<void> {
  const { log } = options;
  await ensureWebAppBuilt(log);
  const server = await startApiServer({
    executor,
    webAppDir: WEB_DIST,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  // In the background: the first what-if checks and scans would otherwise wait for these plans.
  warmRulePlans(executor, loadCatalog()).then(
    ({ statements, ms }) => log(`Planned the ${statements} statements of the rules in ${(ms / 1000).toFixed(1)} s.`),
    (error: unknown) =>
      log(`Planning the rules' statements ahead failed (they will be planned when used): ${String(error)}`),
  );
  const origin = server.url.replace(/\/graphql$/, '');
  process.stdout.write(`\nExplorer: ${origin}/\nGraphQL API: ${server.url}\n${options.signIn}\nStop with Ctrl-C.\n`);
  const signal = await untilStopped();
  log(`${signal}: stopping the server.`);
  await server.close();
}

/** A --port value: a port number (0: any free port), or undefined when not given. */
export function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new CliError(`--port must be a port number, not '${value}'`);
  }
  return port;
}
