// `csp generate`: writes a synthetic ecosystem with planted violations and the ground truth of what a scan must find.
import { parseArgs } from 'node:util';
import {
  DATA_FOLDER,
  GenerateError,
  GROUND_TRUTH_FILE,
  generateEcosystem,
  MANIFEST_FILE,
} from '../../generate/generate-ecosystem';
import { DEFAULT_AS_OF, DEFAULT_VIOLATION_RATE } from '../../generate/shape';
import { createProgress } from '../../shared/progress';
import { CliError, type Command } from '../cli-error';

export const generateCommand: Command = {
  help: `Usage: ./csp generate --customers N --seed S --out DIR [--violation-rate R] [--as-of YYYY-MM-DD]

Writes DIR/${DATA_FOLDER}/ (the import-format CSV files: ./csp import DIR/${DATA_FOLDER}), DIR/${GROUND_TRUTH_FILE}
(rule,subjects: every finding a scan at the as-of date must report) and DIR/${MANIFEST_FILE} (arguments and counts).
The same arguments always give the same bytes.

  --customers N        customer accounts to write (planted ones included)
  --seed S             any text; it decides every random choice
  --out DIR            the folder to write (created when missing; its files are replaced)
  --violation-rate R   planted violations per customer, 0 to 0.2 (default ${DEFAULT_VIOLATION_RATE}); from 1,000
                       customers on every rule gets at least one; 0 gives a clean ecosystem
  --as-of DATE         the date the ecosystem describes (default ${DEFAULT_AS_OF}, earliest 2021-01-01)

See docs/generator.md.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        customers: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        'violation-rate': { type: 'string' },
        'as-of': { type: 'string' },
      },
    });
    if (!values.customers || values.seed === undefined || !values.out) {
      throw new CliError('usage: ./csp generate --customers N --seed S --out DIR [--violation-rate R] [--as-of DATE]');
    }
    if (!/^\d[\d_]*$/.test(values.customers)) {
      throw new CliError(`--customers must be a whole number like 100000 or 1_000_000, not '${values.customers}'`);
    }
    const customers = Number(values.customers.replaceAll('_', ''));
    const violationRate = Number(values['violation-rate'] ?? DEFAULT_VIOLATION_RATE);
    if (Number.isNaN(violationRate))
      throw new CliError(`--violation-rate must be a number, not '${values['violation-rate']}'`);
    const progress = createProgress('Generating customers', customers);
    try {
      const manifest = await generateEcosystem(
        { customers, seed: values.seed, out: values.out, violationRate, asOf: values['as-of'] ?? DEFAULT_AS_OF },
        (written) => progress.update(written),
      );
      progress.done();
      const findings = Object.values(manifest.findings).reduce((sum, count) => sum + count, 0);
      process.stdout.write(
        `Wrote ${manifest.counts.customers.toLocaleString('en-US')} customers, ` +
          `${manifest.counts.partners.toLocaleString('en-US')} partner accounts and ` +
          `${manifest.counts.subscriptions.toLocaleString('en-US')} subscriptions to ${values.out}; ` +
          `${findings.toLocaleString('en-US')} planted findings as of ${manifest.asOf}.\n`,
      );
      return 0;
    } catch (error) {
      progress.done();
      if (error instanceof GenerateError) throw new CliError(error.message);
      throw error;
    }
  },
};
