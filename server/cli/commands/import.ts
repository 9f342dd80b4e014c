// `csp import PATH [--from F] [--dry-run] [--mode M] [--batch-size N]`: loads a JSON document, a folder of CSV files
// or a folder exported from Partner Center into the graph, all or nothing.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bulkImport, whyNotBulk } from '../../import/bulk-import';
import type { ImportSummary } from '../../import/import-path';
import { ImportError, ImportStoppedError, importPath, type TransactionMode } from '../../import/import-path';
import { importProgressBar } from '../../import/import-progress-bar';
import { COLLECTION_KEYS } from '../../import/import-schema';
import { importPartnerCenter } from '../../import/partner-center/import-partner-center';
import { DEFAULT_BATCH_SIZE, DEFAULT_SINGLE_TRANSACTION_LIMIT, TRANSACTION_MODES } from '../../import/write-import';
import { isRealDate, todayIso } from '../../shared/dates';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

/** A signal this soon after the first is the same Ctrl-C delivered twice. */
const REPEATED_SIGNAL_MS = 1000;

/** What PATH holds: the product's own format (docs/import-format.md) or a Partner Center export
 * (docs/partner-center-import.md). */
const SOURCES = ['csp-graph', 'partner-center'] as const;
type Source = (typeof SOURCES)[number];

const OPTIONS = `[--from ${SOURCES.join('|')}] [--snapshot [--as-of DATE]] [--dry-run] [--bulk | --mode ${TRANSACTION_MODES.join('|')}] [--batch-size N]`;
const USAGE = `usage: ./csp import PATH ${OPTIONS}`;

const WRITTEN_AS = { single: 'one transaction', journaled: 'journaled batches', bulk: "Neo4j's offline importer" };

const total = (counts: Partial<Record<string, number>>) =>
  Object.values(counts)
    .reduce((sum: number, n) => sum + (n ?? 0), 0)
    .toLocaleString('en-US');

/** Added / rewritten / left as they were, and for a snapshot what it ended, by collection. */
function summaryLines(summary: ImportSummary | undefined, snapshot: { asOf: string } | undefined): string[] {
  if (!summary) return [];
  const lines = [];
  const kinds = [summary.added, summary.rewritten, summary.unchanged];
  if (kinds.some((counts) => Object.keys(counts).length > 0)) {
    lines.push(
      `Added ${total(summary.added)} records new to the graph; rewrote ${total(summary.rewritten)} it held that ` +
        `differed; left ${total(summary.unchanged)} it held exactly as imported.`,
    );
  }
  if (snapshot) {
    lines.push(
      `Snapshot as of ${snapshot.asOf}: ended ${total(summary.ended)} relationships and subscriptions the input no longer holds.`,
    );
    for (const key of COLLECTION_KEYS) {
      const ended = summary.ended[key];
      if (ended) lines.push(`  ${key.padEnd(24)} ${ended.toLocaleString('en-US').padStart(10)} ended`);
    }
  }
  return lines;
}

export const importCommand: Command = {
  help: `Usage: ./csp import PATH ${OPTIONS}

PATH is a .json document or a folder of CSV files in the format of docs/import-format.md; with --from partner-center,
a folder exported from Partner Center (docs/partner-center-import.md), converted to that format first.
Every record is checked first (fields, references, countries against the region table); if any is refused,
nothing is written and every problem is listed with its file, record and field (exit code 1).
Records are upserts: importing the same data again changes nothing.

  --from F          csp-graph (default): the product's own format; partner-center: a Partner Center export
  --snapshot        the input is the whole truth for the organizations it names: their reseller, management and
                    supply relationships and their subscriptions that it no longer holds are ended (until set to
                    the snapshot's date; nothing is deleted); the summary says what was added, rewritten, left
                    as it was and ended
  --as-of DATE      the snapshot's date, YYYY-MM-DD (default: today, UTC)
  --dry-run         check only; write nothing (with --snapshot, also says what would be ended)
  --bulk            build a new store with Neo4j's offline importer and swap it in (only into an empty local store;
                    that is also the default there); against NEO4J_URI it says why not and writes transactionally
  --mode M          single: one transaction; journaled: batches that each commit with an undo entry, undone if
                    anything fails; auto (default): single up to ${DEFAULT_SINGLE_TRANSACTION_LIMIT.toLocaleString('en-US')} records, journaled above
  --batch-size N    records per statement and per journaled transaction (default ${DEFAULT_BATCH_SIZE.toLocaleString('en-US')})

Ctrl-C stops a journaled import and undoes what it wrote; a second Ctrl-C quits at once, and the next start of the
product undoes the rest.`,
  async run(args) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string', default: 'csp-graph' },
        'dry-run': { type: 'boolean', default: false },
        bulk: { type: 'boolean', default: false },
        snapshot: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        mode: { type: 'string', default: 'auto' },
        'batch-size': { type: 'string' },
      },
    });
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) throw new CliError(USAGE);
    if (!existsSync(path)) throw new CliError(`${path} does not exist`);
    const from = values.from as Source;
    if (!SOURCES.includes(from)) {
      throw new CliError(`--from must be one of ${SOURCES.join(', ')}, not '${values.from}'`);
    }
    const transaction = values.mode as TransactionMode;
    if (!TRANSACTION_MODES.includes(transaction)) {
      throw new CliError(`--mode must be one of ${TRANSACTION_MODES.join(', ')}, not '${values.mode}'`);
    }
    const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
    if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
      throw new CliError(`--batch-size must be a positive whole number, not '${values['batch-size']}'`);
    }
    const dryRun = values['dry-run'];
    const asOf = values['as-of'] ?? todayIso();
    if (values['as-of'] !== undefined && !values.snapshot) throw new CliError('--as-of goes with --snapshot');
    if (!isRealDate(asOf)) throw new CliError(`--as-of must be a date written YYYY-MM-DD, not '${asOf}'`);
    const snapshot = values.snapshot ? { asOf } : undefined;
    return withDatabase({ startLocal: false }, async (connection) => {
      const { executor, where } = connection;
      const load = from === 'partner-center' ? importPartnerCenter : importPath;
      let bulk = false;
      if (values.bulk && transaction !== 'auto') throw new CliError('--bulk and --mode exclude each other');
      // An explicit --mode asks for the transactional writer even where a bulk load would be possible.
      if (!dryRun && (values.bulk || transaction === 'auto')) {
        const whyNot = await whyNotBulk(connection);
        // A full local store is no reason to refuse: only an explicit --bulk that cannot be honoured is.
        if (values.bulk && whyNot && connection.local) throw new CliError(`--bulk is not possible: ${whyNot}.`);
        if (values.bulk && whyNot)
          process.stderr.write(`A bulk load is not possible: ${whyNot}. Writing in transactions instead.\n`);
        bulk = whyNot === undefined;
      }
      const bar = importProgressBar();
      const stop = new AbortController();
      let stoppedAt = 0;
      const onSignal = () => {
        // The first signal stops at the next batch and undoes; a later one quits without waiting for the undo. One
        // Ctrl-C can arrive twice within moments (a wrapper such as npx passes the terminal's signal on as well).
        if (!stop.signal.aborted) {
          stoppedAt = Date.now();
          stop.abort();
        } else if (Date.now() - stoppedAt > REPEATED_SIGNAL_MS) {
          process.exit(130);
        }
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const result = bulk
          ? await bulkImport(connection, path, load, {
              onProgress: bar.onProgress,
              log: (line) => process.stderr.write(`${line}\n`),
            })
          : await load(executor, path, {
              dryRun,
              transaction,
              batchSize,
              signal: stop.signal,
              onProgress: bar.onProgress,
              snapshot,
            });
        bar.done();
        const counts = COLLECTION_KEYS.filter((key) => result.counts[key] > 0).map(
          (key) => `  ${key.padEnd(24)} ${result.counts[key].toLocaleString('en-US').padStart(10)}`,
        );
        const records = result.records.toLocaleString('en-US');
        const head = dryRun
          ? `${path} is valid: ${records} records would be imported (dry run, nothing written).`
          : `Imported ${records} records from ${path} into ${where} (${WRITTEN_AS[result.transaction ?? 'single']}).`;
        process.stdout.write(`${[head, ...counts, ...summaryLines(result.summary, snapshot)].join('\n')}\n`);
        return 0;
      } catch (error) {
        bar.done();
        if (!(error instanceof ImportError || error instanceof ImportStoppedError)) throw error;
        process.stderr.write(`${error.message}\n`);
        return error instanceof ImportStoppedError ? 130 : 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
  },
};
