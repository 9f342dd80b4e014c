// `csp check`: the what-if for a file of proposals in the import format: the findings they would create together and
// one by one; nothing is written.
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type BatchCheck, checkTransactions, type TransactionCheck } from '../../api/data/check-transaction';
import { PROPOSAL_COLLECTIONS, type Proposal, type ProposalCollection } from '../../api/data/proposals';
import type { ImportIssue } from '../../import/import-error';
import { type RecordStream, streamOf } from '../../import/import-source';
import { openCsvFolder } from '../../import/read-csv-folder';
import { documentToSource, readJsonFile } from '../../import/read-json';
import { loadCatalog } from '../../rules/catalog';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';
import { EXIT_FINDINGS } from './scan';

/** The import's own readers: a .json document or a folder of CSV files. */
async function openProposals(file: string): Promise<RecordStream> {
  const found = await stat(file).catch(() => undefined);
  if (!found) throw new CliError(`${file} does not exist`);
  if (found.isDirectory()) return openCsvFolder(file);
  if (!file.toLowerCase().endsWith('.json'))
    throw new CliError(`${file} must be a .json file or a folder of CSV files`);
  const parsed = await readJsonFile(file);
  if (!parsed.ok) throw new CliError(`${parsed.issue.file}: ${parsed.issue.reason}`);
  return streamOf(documentToSource(parsed.document, file));
}

/** Every record of the proposal collections as a proposal; any other collection is refused. */
async function readProposals(stream: RecordStream): Promise<Proposal[]> {
  const issues: ImportIssue[] = [...stream.issues];
  const proposals: Proposal[] = [];
  for (const collection of stream.collections) {
    const kind = collection as ProposalCollection;
    for await (const { at, value } of stream.records(collection, issues)) {
      if (!PROPOSAL_COLLECTIONS.includes(kind)) {
        issues.push({
          ...at,
          field: '',
          reason: `${collection} cannot be proposed: give only ${PROPOSAL_COLLECTIONS.join(', ')}`,
        });
        continue;
      }
      const date = String(kind === 'subscriptions' ? value.createdOn : value.since);
      proposals.push({ collection: kind, field: `${at.file} ${at.record}`, record: value, date });
    }
  }
  if (issues.length > 0) {
    throw new CliError(
      issues.map((issue) => `${issue.file} ${issue.record} ${issue.field}: ${issue.reason}`).join('\n'),
    );
  }
  if (proposals.length === 0) throw new CliError('The file holds no proposal');
  return proposals;
}

function describe(title: string, check: TransactionCheck): string[] {
  if (check.compliant) return [`${title}: compliant`];
  return [
    `${title}: ${check.findings.length} finding(s)`,
    ...check.findings.map(
      (finding) => `  ${finding.severity} ${finding.ruleId} ${finding.subjects.join(', ')}: ${finding.message}`,
    ),
  ];
}

function asText(proposals: readonly Proposal[], check: BatchCheck): string {
  return [
    `As of ${check.asOf}`,
    ...describe('All proposals together', check.together),
    ...check.proposals.flatMap((one, i) => describe(`Proposal ${i + 1} (${proposals[i]?.field})`, one)),
    '',
  ].join('\n');
}

export const checkCommand: Command = {
  help: `Usage: ./csp check FILE [--as-of DATE] [--format text|json]

FILE is a JSON document or a folder of CSV files in the import format (docs/import-format.md) holding only
supplies, reseller relationships, management relationships and subscriptions. They are checked together and one by
one, as of DATE (default: the latest date one of them takes effect). Exits ${EXIT_FINDINGS} when they create any finding.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'as-of': { type: 'string' }, format: { type: 'string', default: 'text' } },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new CliError('Give one file or folder of proposals: ./csp check FILE');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError(`--format must be text or json, not '${format}'`);
    const proposals = await readProposals(await openProposals(file));
    const catalog = loadCatalog();
    return withDatabase({ startLocal: false }, async ({ executor }) => {
      const check = await checkTransactions({ executor, catalog }, proposals, values['as-of']);
      process.stdout.write(format === 'json' ? `${JSON.stringify(check, null, 2)}\n` : asText(proposals, check));
      return check.together.compliant ? 0 : EXIT_FINDINGS;
    });
  },
};
