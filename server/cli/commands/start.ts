// `csp start`: the product on the demo ecosystem — the local Neo4j (unless NEO4J_URI is set), schema, demo data.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../config';
import { formatSummary, graphSummary } from '../../graph/graph-summary';
import { importPath } from '../../import/import-path';
import type { Command } from '../cli-error';
import { withDatabase } from '../with-database';

export const DEMO_ECOSYSTEM = path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json');

export const startCommand: Command = {
  summary: 'start the product on the demo ecosystem',
  help: `Usage: ./csp start [--data PATH]

Starts the local Neo4j (or uses NEO4J_URI), applies the schema, loads the demo ecosystem
(or PATH: a JSON document or a folder of CSV files) and prints what the graph holds.`,
  async run(args) {
    const { values } = parseArgs({ args, options: { data: { type: 'string' } } });
    const data = values.data ?? DEMO_ECOSYSTEM;
    return withDatabase({ startLocal: true }, async ({ executor, where }) => {
      const result = await importPath(executor, data);
      process.stdout.write(
        `Loaded ${path.relative(process.cwd(), data) || data}: ${result.records.toLocaleString('en-US')} records.\n`,
      );
      process.stdout.write(`Neo4j: ${where}\n${formatSummary(await graphSummary(executor))}\n`);
      return 0;
    });
  },
};
