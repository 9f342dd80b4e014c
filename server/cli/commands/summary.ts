// `csp summary`: what the graph holds.
import { formatSummary, graphSummary } from '../../graph/graph-summary';
import type { Command } from '../cli-error';
import { withDatabase } from '../with-database';

export const summaryCommand: Command = {
  help: 'Usage: ./csp summary',
  run: () =>
    withDatabase({ startLocal: false }, async ({ executor, where }) => {
      process.stdout.write(`Graph at ${where}:\n${formatSummary(await graphSummary(executor))}\n`);
      return 0;
    }),
};
