// `csp notify test`: sends a test event to every webhook of CSP_WEBHOOKS_FILE, so a receiver and its secret can be
// checked before the daily run depends on them.
import { webhooksFile } from '../../config';
import { notifyWebhooks, readWebhooks } from '../../notify/webhooks';
import { todayIso } from '../../shared/dates';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

export const notifyCommand: Command = {
  help: `Usage: ./csp notify test

Sends a signed test event (no findings) to every webhook listed in CSP_WEBHOOKS_FILE and logs the delivery in the
graph; exit code 1 when any delivery failed. The file's format and the signature are in docs/daily-run.md.`,
  async run(args) {
    if (args[0] !== 'test' || args.length > 1) throw new CliError('usage: ./csp notify test');
    const file = webhooksFile();
    if (!file) throw new CliError('CSP_WEBHOOKS_FILE is not set (docs/daily-run.md)');
    const webhooks = readWebhooks(file);
    return withDatabase({ startLocal: false }, async ({ executor }) => {
      const deliveries = await notifyWebhooks(
        executor,
        webhooks,
        { scanRunId: null, asOf: todayIso(), newFindings: [], resolvedFindings: [] },
        { event: 'test' },
      );
      for (const d of deliveries) {
        process.stdout.write(
          `${d.webhook}: ${d.status} after ${d.attempts} attempt(s)${d.error ? ` (${d.error})` : ''}\n`,
        );
      }
      return deliveries.every((d) => d.status === 'delivered') ? 0 : 1;
    });
  },
};
