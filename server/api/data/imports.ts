// Imports through the API: a JSON document, or uploaded CSV files, with the CLI's validation and all-or-nothing
// write; a refusal comes back as IMPORT_REFUSED with every issue, and both outcomes land in the audit trail.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ImportError, type ImportResult, importDocument, importPath } from '../../import/import-path';
import { COLLECTION_KEYS, COLLECTIONS } from '../../import/import-schema';
import type { ApiContext } from '../context';
import { apiError, badInput } from '../errors';
import type { UploadedFile } from '../resolvers/scalars';
import { recordAudit } from './audit';

/** A refusal lists at most this many issues (and says how many there were). */
export const MAX_REPORTED_ISSUES = 1000;

const CSV_FILES = new Set<string>(COLLECTION_KEYS.map((key) => COLLECTIONS[key].csvFile));

export interface ImportView {
  records: number;
  counts: { value: string; count: number }[];
  written: boolean;
}

function toView(result: ImportResult): ImportView {
  return {
    records: result.records,
    counts: COLLECTION_KEYS.map((key) => ({ value: key, count: result.counts[key] })).filter((c) => c.count > 0),
    written: result.written,
  };
}

async function audited(
  context: ApiContext,
  source: string,
  dryRun: boolean,
  run: () => Promise<ImportResult>,
  fileNames: (file: string) => string = (file) => file,
): Promise<ImportView> {
  const action = dryRun ? 'import.dry-run' : 'import';
  try {
    const result = await run();
    await recordAudit(context, {
      action,
      outcome: 'succeeded',
      target: source,
      details: { records: result.records, counts: result.counts },
    });
    return toView(result);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const issues = error.issues.map((issue) => ({ ...issue, file: fileNames(issue.file) }));
    await recordAudit(context, { action, outcome: 'refused', target: source, details: { issues: issues.length } });
    const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
    throw apiError('IMPORT_REFUSED', `The import was refused (${count}); nothing was written.`, {
      issueCount: issues.length,
      issues: issues.slice(0, MAX_REPORTED_ISSUES),
    });
  }
}

export function importJsonDocument(context: ApiContext, document: unknown, dryRun: boolean): Promise<ImportView> {
  return audited(context, 'document', dryRun, () => importDocument(context.executor, document, 'document', { dryRun }));
}

/** Uploaded files go to a private temporary folder and are read as the CLI reads a folder of CSV files. */
export async function importCsvFiles(
  context: ApiContext,
  files: readonly UploadedFile[],
  dryRun: boolean,
): Promise<ImportView> {
  if (files.length === 0) throw badInput('Upload at least one CSV file');
  const names = files.map((file) => file.name);
  const unknown = names.filter((name) => !CSV_FILES.has(name));
  if (unknown.length > 0) {
    throw badInput(`${unknown.join(', ')}: not a file of the import format (they are: ${[...CSV_FILES].join(', ')})`);
  }
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) throw badInput(`${repeated.join(', ')} uploaded more than once`);

  const folder = await mkdtemp(path.join(os.tmpdir(), 'csp-upload-'));
  try {
    for (const file of files) await writeFile(path.join(folder, file.name), Buffer.from(await file.arrayBuffer()));
    return await audited(
      context,
      names.join(', '),
      dryRun,
      () => importPath(context.executor, folder, { dryRun }),
      (file) => (file.startsWith(folder) ? path.relative(folder, file) || 'upload' : file),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
