// `csp import PATH [--dry-run]`: loads a JSON document or a folder of CSV files into the graph, all or nothing.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ImportError, importPath } from '../../import/import-path';
import { importProgressBar } from '../../import/import-progress-bar';
import { COLLECTION_KEYS } from '../../import/import-schema';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

export const importCommand: Command = {
  summary: 'load a JSON document or a folder of CSV files (all or nothing)',
  help: `Usage: ./csp import PATH [--dry-run]

PATH is a .json document or a folder of CSV files in the format of docs/import-format.md.
Every record is checked first (fields, references, countries against the region table); if any is refused,
nothing is written and every problem is listed with its file, record and field (exit code 1).
Records are upserts: importing the same data again changes nothing.

  --dry-run   check only; write nothing`,
  async run(args) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false } },
    });
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) throw new CliError('usage: ./csp import PATH [--dry-run]');
    if (!existsSync(path)) throw new CliError(`${path} does not exist`);
    const dryRun = values['dry-run'];
    return withDatabase({ startLocal: false }, async ({ executor, where }) => {
      const bar = importProgressBar();
      try {
        const result = await importPath(executor, path, { dryRun, onProgress: bar.onProgress });
        bar.done();
        const counts = COLLECTION_KEYS.filter((key) => result.counts[key] > 0).map(
          (key) => `  ${key.padEnd(24)} ${result.counts[key].toLocaleString('en-US').padStart(10)}`,
        );
        const records = result.records.toLocaleString('en-US');
        const head = dryRun
          ? `${path} is valid: ${records} records would be imported (dry run, nothing written).`
          : `Imported ${records} records from ${path} into ${where}.`;
        process.stdout.write(`${[head, ...counts].join('\n')}\n`);
        return 0;
      } catch (error) {
        bar.done();
        if (!(error instanceof ImportError)) throw error;
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
    });
  },
};
