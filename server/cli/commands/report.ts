// `csp report`: the report of recorded findings, read and rendered by the same code as the explorer's downloads
// (/reports/findings.csv and .html), in any report format.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { commandLineContext } from '../../api/context';
import { isReportFormat, REPORT_FORMATS } from '../../report/formats';
import { loadRecordedReport, MAX_REPORT_FINDINGS, ReportError } from '../../report/recorded-report';
import { loadCatalog } from '../../rules/catalog';
import { isSeverity, type Severity } from '../../scan/finding';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

export const reportCommand: Command = {
  help: `Usage: ./csp report [options]

  --format FORMAT     json (default), csv, md, html or sarif
  --rule ID           only this rule's findings (repeatable)
  --severity SEVERITY only findings of this severity (repeatable: critical, high, medium, low)
  --region NAME       only findings in this region (repeatable)
  --run-id ID         every finding that recorded scan run found (default: the findings open now)
  --out FILE          write the report here (default: standard output)

Without --run-id the report holds the findings open now (open or acknowledged: not resolved by the latest scan of
their rule, not under a running waiver), as of the latest recorded run, as the explorer's findings list shows them.
The explorer's "Download CSV" and "Open printable report" give the same document for the same filter. A report
stops at ${MAX_REPORT_FINDINGS.toLocaleString('en-US')} findings.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        format: { type: 'string', default: 'json' },
        rule: { type: 'string', multiple: true, default: [] },
        severity: { type: 'string', multiple: true, default: [] },
        region: { type: 'string', multiple: true, default: [] },
        'run-id': { type: 'string' },
        out: { type: 'string' },
      },
    });
    const format = values.format ?? 'json';
    if (!isReportFormat(format)) {
      throw new CliError(`--format must be one of ${Object.keys(REPORT_FORMATS).join(', ')}, not '${format}'`);
    }
    const severities = (values.severity ?? []).map((value) => value.toLowerCase());
    const unknown = severities.find((value) => !isSeverity(value));
    if (unknown) throw new CliError(`--severity must be critical, high, medium or low, not '${unknown}'`);
    const filter = {
      ruleIds: values.rule ?? [],
      severities: severities as Severity[],
      regions: values.region ?? [],
      runId: values['run-id'] ?? null,
    };
    return withDatabase({ startLocal: false }, async ({ executor }) => {
      let input: Awaited<ReturnType<typeof loadRecordedReport>>;
      try {
        input = await loadRecordedReport(commandLineContext(executor, loadCatalog()), filter);
      } catch (error) {
        if (error instanceof ReportError) throw new CliError(error.message);
        throw error;
      }
      const report = REPORT_FORMATS[format].render(input);
      if (values.out) writeFileSync(values.out, report);
      else process.stdout.write(report);
      process.stderr.write(`${input.findings.length} findings as of ${input.asOf}.\n`);
      return 0;
    });
  },
};
