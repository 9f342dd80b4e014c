// `csp start`: the product on the demo ecosystem: the local Neo4j (unless NEO4J_URI is set), the schema, the demo
// data, a first scan, and the API with the explorer on one port until Ctrl-C.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApiKey, listApiKeys, revokeApiKey } from '../../api/auth/api-keys';
import { PROJECT_ROOT } from '../../config';
import { readRows } from '../../db/checked-rows';
import { cypher, inBatch } from '../../db/cypher-files';
import type { Executor } from '../../db/executor';
import { formatSummary, graphSummary } from '../../graph/graph-summary';
import { importPath } from '../../import/import-path';
import { importProgressBar } from '../../import/import-progress-bar';
import { loadCatalog } from '../../rules/catalog';
import { runScan } from '../../scan/run-scan';
import { recordScan } from '../../scan/scan-history';
import { todayIso } from '../../shared/dates';
import { CliError, type Command } from '../cli-error';
import { portOption, serveProduct } from '../serve-product';
import { withDatabase } from '../with-database';

export const DEMO_ECOSYSTEM = path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json');
/** The key `start` makes for the person at the terminal; the previous one is revoked at each start. */
const START_KEY_NAME = 'csp start';

/** The ids of the demo's customers and partner accounts. */
function demoIds(): string[] {
  const demo = JSON.parse(readFileSync(DEMO_ECOSYSTEM, 'utf8')) as Record<string, unknown>;
  const ids = (collection: string) =>
    ((demo[collection] as { id?: unknown }[] | undefined) ?? []).map((record) => record.id).filter((id) => id);
  return [...ids('customers'), ...ids('partners')] as string[];
}

/** Refuses to load the demo into a graph that holds other data: its made-up partners and customers would mix with
 * real ones (NEO4J_URI may name a team's production database). */
async function assertDemoFits(executor: Executor, where: string): Promise<void> {
  const [other] = await readRows(
    executor,
    z.object({ id: z.string() }),
    cypher('queries/entity-outside.cypher'),
    inBatch({ ids: demoIds() }),
  );
  if (!other) return;
  throw new CliError(
    `The graph at ${where} holds data besides the demo's (for one, '${other.id}'), so the demo is not loaded into ` +
      "it. './csp serve' serves the graph as it is; './csp start --data PATH' loads PATH into it first.",
  );
}

export const startCommand: Command = {
  help: `Usage: ./csp start [--data PATH] [--port N] [--no-serve]

Starts the local Neo4j (or uses NEO4J_URI), applies the schema, loads the demo ecosystem (or PATH: a JSON
document or a folder of CSV files), records a scan as of today, then serves the GraphQL API and the explorer on
http://127.0.0.1:4000/ (API_HOST, API_PORT or --port) until Ctrl-C. It prints an analyst API key to sign in with;
the key made by the previous start is revoked. The demo is loaded only into an empty graph or one that holds
the demo alone; './csp serve' serves a graph as it is.

  --no-serve   stop after loading and scanning (print the summary only)`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { data: { type: 'string' }, port: { type: 'string' }, 'no-serve': { type: 'boolean', default: false } },
    });
    const data = values.data ?? DEMO_ECOSYSTEM;
    const port = portOption(values.port);
    const log = (line: string) => process.stderr.write(`${line}\n`);
    return withDatabase({ startLocal: true }, async ({ executor, where, settings }) => {
      if (values.data === undefined) await assertDemoFits(executor, where);
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

      const keys = await listApiKeys(executor, { includeRevoked: false, skip: 0, limit: 1000 });
      for (const key of keys.items) {
        if (key.name === START_KEY_NAME) await revokeApiKey(executor, key.id);
      }
      const { secret } = await createApiKey(executor, {
        name: START_KEY_NAME,
        role: 'analyst',
        createdBy: 'csp start',
      });
      await serveProduct(executor, {
        ...(port === undefined ? {} : { port }),
        signIn: `Sign in with this analyst API key (shown once): ${secret}`,
        log,
      });
      return 0;
    });
  },
};
