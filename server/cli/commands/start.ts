// `csp start`: the product on the demo ecosystem: the local Neo4j (unless NEO4J_URI is set), the schema, the demo
// data, a first scan, and the API with the explorer on one port until Ctrl-C.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApiKey, listApiKeys, revokeApiKey } from '../../api/auth/api-keys';
import { startApiServer } from '../../api/index';
import { PROJECT_ROOT } from '../../config';
import { formatSummary, graphSummary } from '../../graph/graph-summary';
import { importPath } from '../../import/import-path';
import { importProgressBar } from '../../import/import-progress-bar';
import { loadCatalog } from '../../rules/catalog';
import { warmRulePlans } from '../../rules/warm-plans';
import { runScan } from '../../scan/run-scan';
import { recordScan } from '../../scan/scan-history';
import { todayIso } from '../../shared/dates';
import { ensureWebAppBuilt, WEB_DIST } from '../../web-app/build-web-app';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

export const DEMO_ECOSYSTEM = path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json');
/** The key `start` makes for the person at the terminal; the previous one is revoked at each start. */
const START_KEY_NAME = 'csp start';

function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

export const startCommand: Command = {
  summary: 'start the product on the demo ecosystem (Neo4j, API and explorer)',
  help: `Usage: ./csp start [--data PATH] [--port N] [--no-serve]

Starts the local Neo4j (or uses NEO4J_URI), applies the schema, loads the demo ecosystem (or PATH: a JSON
document or a folder of CSV files), records a scan as of today, then serves the GraphQL API and the explorer on
http://127.0.0.1:4000/ (API_HOST, API_PORT or --port) until Ctrl-C. It prints an analyst API key to sign in with;
the key made by the previous start is revoked.

  --no-serve   stop after loading and scanning (print the summary only)`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { data: { type: 'string' }, port: { type: 'string' }, 'no-serve': { type: 'boolean', default: false } },
    });
    const data = values.data ?? DEMO_ECOSYSTEM;
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
      throw new CliError(`--port must be a port number, not '${values.port}'`);
    }
    const log = (line: string) => process.stderr.write(`${line}\n`);
    return withDatabase({ startLocal: true }, async ({ executor, where, settings }) => {
      const bar = importProgressBar();
      const result = await importPath(executor, data, { onProgress: bar.onProgress }).finally(() => bar.done());
      log(`Loaded ${path.relative(process.cwd(), data) || data}: ${result.records.toLocaleString('en-US')} records.`);
      const scan = await runScan(executor, loadCatalog(), {
        asOf: todayIso(),
        ruleTimeoutMs: settings.scanRuleTimeoutMs,
      });
      await recordScan(executor, scan);
      process.stdout.write(`Neo4j: ${where}\n${formatSummary(await graphSummary(executor))}\n`);
      process.stdout.write(`Scan as of ${scan.asOf}: ${scan.findings.length} findings.\n`);
      if (values['no-serve']) return 0;

      await ensureWebAppBuilt(log);
      const keys = await listApiKeys(executor, { includeRevoked: false, skip: 0, limit: 1000 });
      for (const key of keys.items) {
        if (key.name === START_KEY_NAME) await revokeApiKey(executor, key.id);
      }
      const { secret } = await createApiKey(executor, {
        name: START_KEY_NAME,
        role: 'analyst',
        createdBy: 'csp start',
      });
      const server = await startApiServer({ executor, webAppDir: WEB_DIST, ...(port === undefined ? {} : { port }) });
      // In the background: the first what-if checks would otherwise wait for these plans.
      warmRulePlans(executor, loadCatalog()).then(
        ({ statements, ms }) =>
          log(`Planned the ${statements} statements of anchored checks in ${(ms / 1000).toFixed(1)} s.`),
        (error: unknown) =>
          log(`Planning the anchored checks ahead failed (they will be planned when used): ${String(error)}`),
      );
      const origin = server.url.replace(/\/graphql$/, '');
      process.stdout.write(
        `\nExplorer: ${origin}/\nGraphQL API: ${server.url}\nSign in with this analyst API key (shown once): ${secret}\nStop with Ctrl-C.\n`,
      );
      const signal = await untilStopped();
      log(`${signal}: stopping the server.`);
      await server.close();
      return 0;
    });
  },
};
