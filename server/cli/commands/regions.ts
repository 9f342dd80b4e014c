// `csp regions load FILE --as-of DATE`: replaces the country -> region table with a newer one.
import { parseArgs } from 'node:util';
import { loadRegionTable, parseRegionTable } from '../../regions/region-table';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

export const regionsCommand: Command = {
  help: `Usage: ./csp regions load FILE --as-of YYYY-MM-DD [--source TEXT]

FILE is a CSV with the columns country_code,country_name,region,currency (see data/regions/csp-regions.csv).
Every partner, tenant and customer follows its country to the new region at once.`,
  async run(args) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'as-of': { type: 'string' }, source: { type: 'string' } },
    });
    const [action, file] = positionals;
    if (action !== 'load' || !file) throw new CliError('usage: ./csp regions load FILE --as-of YYYY-MM-DD');
    if (!values['as-of']) throw new CliError('--as-of is required: the date the table is valid from');
    const table = parseRegionTable(file, values['as-of'], values.source ?? file);
    return withDatabase({ startLocal: false }, async ({ executor }) => {
      await loadRegionTable(executor, table);
      process.stdout.write(`Loaded ${table.rows.length} countries (as of ${table.asOf}).\n`);
      return 0;
    });
  },
};
