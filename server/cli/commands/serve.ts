// `csp serve`: the GraphQL API and the explorer over the graph as it is (what imports and scans put there), until
// Ctrl-C. Nothing is loaded or scanned, and no key is made: people sign in with keys from `./csp api-key create`.
import { parseArgs } from 'node:util';
import { listApiKeys } from '../../api/auth/api-keys';
import type { Command } from '../cli-error';
import { portOption, serveProduct } from '../serve-product';
import { withDatabase } from '../with-database';

export const serveCommand: Command = {
  help: `Usage: ./csp serve [--port N]

Starts the local Neo4j (or uses NEO4J_URI), applies the schema, and serves the GraphQL API and the explorer on
http://127.0.0.1:4000/ (API_HOST, API_PORT or --port; 0: any free port) over the graph as it is, until Ctrl-C.
It loads nothing and records no scan: the explorer shows the findings of the latest recorded scan. Sign in with
an API key from './csp api-key create'.`,
  async run(args) {
    const { values } = parseArgs({ args, options: { port: { type: 'string' } } });
    const port = portOption(values.port);
    const log = (line: string) => process.stderr.write(`${line}\n`);
    return withDatabase({ startLocal: true }, async ({ executor }) => {
      const keys = await listApiKeys(executor, { includeRevoked: false, skip: 0, limit: 1 });
      const signIn =
        keys.items.length > 0
          ? "Sign in with one of the API keys ('./csp api-key list' shows them)."
          : "No API key exists yet: create one with './csp api-key create --role analyst --name NAME' to sign in.";
      await serveProduct(executor, { ...(port === undefined ? {} : { port }), signIn, log });
      return 0;
    });
  },
};
