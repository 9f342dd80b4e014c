// `csp scan`: runs the rule catalog as of a date, records the run, and writes a report in the chosen format.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TREND_RUNS } from '../../../web/src/trend-chart';
import { webhooksFile } from '../../config';
import { notifyWebhooks, readWebhooks } from '../../notify/webhooks';
import { isReportFormat, REPORT_FORMATS } from '../../report/formats';
import { toReportInput } from '../../report/to-report-input';
import { loadCatalog } from '../../rules/catalog';
import { isSeverity, SEVERITIES, severityRank } from '../../scan/finding';
import { runScan, type ScanResult } from '../../scan/run-scan';
import { compareRuns, listScanRuns, previousRunId, recordScan } from '../../scan/scan-history';
import { todayIso } from '../../shared/dates';
import { createProgress } from '../../shared/progress';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

/** Exit code when findings at or above --fail-on were found (errors exit 1). */
export const EXIT_FINDINGS = 3;

/** The line that sums up a scan's findings: how many, as of when, and each rule's, carried over ones included (an
 * incremental run evaluates only some of them, so its rule timings count fewer). */
export function findingsLine(result: Pick<ScanResult, 'findings' | 'ruleIds' | 'asOf'>): string {
  const byRule = new Map<string, number>();
  for (const finding of result.findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  const counts = result.ruleIds.map((id) => `${id} ${byRule.get(id) ?? 0}`).join(', ');
  return `${result.findings.length} findings as of ${result.asOf} (${counts}).`;
}

export const scanCommand: Command = {
  help: `Usage: ./csp scan [options]

  --as-of DATE        evaluate as of this date (default: today)
  --rules ID,ID       only these rules (default: the whole catalog)
  --format FORMAT     json (default), csv, md, html or sarif
  --out FILE          write the report here (default: standard output)
  --fail-on SEVERITY  exit ${EXIT_FINDINGS} when a finding of this severity or worse is found (critical, high, medium, low)
  --full              evaluate every rule on the whole graph, even when only part of it changed
  --no-record         do not record the run in the scan history
  --notify            send the new and resolved findings to the webhooks of CSP_WEBHOOKS_FILE (docs/daily-run.md)

When the previous recorded run used the same rule catalog and region table, the scan evaluates again only what
changed since then (what imports and changes wrote, and what is dated between the two as-of dates) and carries the
rest of its findings over; otherwise, or with --full, it evaluates the whole graph. It says which it did and why.
Each recorded run is compared with the previous one (new, still open, resolved findings) on standard error.
Each rule may run for NEO4J_SCAN_RULE_TIMEOUT_MS (default 30 minutes) before it is cancelled.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        'as-of': { type: 'string' },
        rules: { type: 'string' },
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        'fail-on': { type: 'string' },
        full: { type: 'boolean', default: false },
        'no-record': { type: 'boolean', default: false },
        notify: { type: 'boolean', default: false },
      },
    });
    const format = values.format ?? 'json';
    if (!isReportFormat(format)) {
      throw new CliError(`--format must be one of ${Object.keys(REPORT_FORMATS).join(', ')}, not '${format}'`);
    }
    const failOn = values['fail-on'];
    if (failOn !== undefined && !isSeverity(failOn)) {
      throw new CliError(`--fail-on must be critical, high, medium or low, not '${failOn}'`);
    }
    const ruleIds = values.rules
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const catalog = loadCatalog();
    if (values.notify && values['no-record']) throw new CliError('--notify needs the recorded run: drop --no-record');
    const listed = webhooksFile();
    if (values.notify && !listed) throw new CliError('--notify needs CSP_WEBHOOKS_FILE (docs/daily-run.md)');
    const webhooks = values.notify && listed ? readWebhooks(listed) : [];

    return withDatabase({ startLocal: false }, async ({ executor, settings }) => {
      const progress = createProgress('Scanning', ruleIds?.length || catalog.length);
      const result = await runScan(executor, catalog, {
        asOf: values['as-of'] ?? todayIso(),
        ...(ruleIds ? { ruleIds } : {}),
        ruleTimeoutMs: settings.scanRuleTimeoutMs,
        incremental: !values.full,
        onRuleDone: (done) => progress.update(done),
      });
      progress.done();
      process.stderr.write(`${result.kind === 'full' ? 'Full scan' : 'Incremental scan'}: ${result.reason}.\n`);
      if (result.ranWhole && result.ranWhole.length > 0)
        process.stderr.write(`Ran whole, cheaper than from their anchors: ${result.ranWhole.join(', ')}.\n`);
      const phases = result.phases;
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      if (phases) {
        process.stderr.write(
          `Took ${seconds(phases.plan + phases.anchors + phases.rules + phases.carried)}: what changed ${seconds(phases.plan)}, ` +
            `anchors ${seconds(phases.anchors)}, rules ${seconds(phases.rules)}, carried findings ${seconds(phases.carried)}.\n`,
        );
      }
      // The HTML report draws the trend: the recorded runs before this one, and this one.
      const runs =
        format === 'html'
          ? [
              ...(await listScanRuns(executor, TREND_RUNS)),
              {
                startedAt: result.startedAt,
                bySeverity: Object.fromEntries(
                  SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length]),
                ),
                ruleIds: result.ruleIds,
                ruleFindings: result.ruleIds.map((id) => result.findings.filter((f) => f.ruleId === id).length),
              },
            ]
          : undefined;
      const report = REPORT_FORMATS[format].render({ ...toReportInput(result, catalog), runs });
      if (values.out) writeFileSync(values.out, report);
      else process.stdout.write(report);

      process.stderr.write(`${findingsLine(result)}\n`);
      if (!values['no-record']) {
        const recording = performance.now();
        const runId = await recordScan(executor, result);
        const recordedIn = seconds(performance.now() - recording);
        const previous = await previousRunId(executor, runId);
        // The first run has nothing to compare with: every finding is new.
        const changes = previous
          ? await compareRuns(executor, previous, runId)
          : result.findings.map((f) => ({ ...f, change: 'new' as const }));
        if (values.notify) {
          const pick = (change: string) =>
            changes
              .filter((row) => row.change === change)
              .map(({ key, ruleId, severity, message }) => ({ key, ruleId, severity, message }));
          const deliveries = await notifyWebhooks(executor, webhooks, {
            scanRunId: runId,
            asOf: result.asOf,
            newFindings: pick('new'),
            resolvedFindings: pick('resolved'),
          });
          for (const d of deliveries) {
            process.stderr.write(
              `Webhook ${d.webhook}: ${d.status} after ${d.attempts} attempt(s)${d.error ? ` (${d.error})` : ''}.\n`,
            );
          }
        }
        if (previous) {
          const tally = (change: string) => changes.filter((row) => row.change === change).length;
          process.stderr.write(
            `Run ${runId} (recorded in ${recordedIn}) against the previous run: ${tally('new')} new, ${tally('still-open')} still open, ${tally('resolved')} resolved.\n`,
          );
        } else {
          process.stderr.write(`Run ${runId} recorded in ${recordedIn} (the first in the history).\n`);
        }
      }
      if (failOn && result.findings.some((f) => severityRank(f.severity) <= severityRank(failOn))) {
        return EXIT_FINDINGS;
      }
      return 0;
    });
  },
};
