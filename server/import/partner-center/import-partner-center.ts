// Imports a folder exported from Partner Center: converts it to the import format, then hands it to the product's
// importer (the same checks, the same all-or-nothing writer); every problem is told in the export's own terms.
import { stat } from 'node:fs/promises';
import { readRows } from '../../db/checked-rows';
import { cypher, inBatch } from '../../db/cypher-files';
import type { Executor } from '../../db/executor';
import { partnerByMpnIdRow } from '../check-import';
import { ImportError, type ImportIssue } from '../import-error';
import { type ImportOptions, type ImportResult, importDocument } from '../import-path';
import { COLLECTION_KEYS, type CollectionKey } from '../import-schema';
import { type Conversion, convertExport, type FindPartnersByMpnId } from './convert-export';
import type { PcIssue } from './pc-record';
import { readExport } from './read-export';

/** How many PartnerIDs one graph lookup sends. */
const LOOKUP_BATCH = 10_000;

const POINTER = new RegExp(`/(${COLLECTION_KEYS.join('|')})/(\\d+)`, 'g');

/** The partner accounts already in the graph that hold the given PartnerIDs. */
export function partnersInGraph(executor: Executor): FindPartnersByMpnId {
  return async (mpnIds) => {
    const found = new Map<string, string>();
    for (let start = 0; start < mpnIds.length; start += LOOKUP_BATCH) {
      const rows = await readRows(
        executor,
        partnerByMpnIdRow,
        cypher('import/find-partners-by-mpn-id.cypher'),
        inBatch({ mpnIds: mpnIds.slice(start, start + LOOKUP_BATCH) }),
      );
      for (const row of rows) found.set(row.mpnId, row.id);
    }
    return found;
  };
}

/** A problem the importer found in a converted record, told at the export record it came from, with the export's
 * field name; a pointer to another converted record in its reason becomes that record's place too. */
export function toExportIssue(issue: ImportIssue, conversion: Pick<Conversion, 'origins'>): PcIssue {
  const originOf = (collection: string, index: string) =>
    conversion.origins[collection as CollectionKey]?.[Number(index)];
  const reason = issue.reason.replace(POINTER, (pointer, collection: string, index: string) => {
    const origin = originOf(collection, index);
    return origin ? `${origin.at.file} ${origin.at.record}`.trim() : pointer;
  });
  const [, collection = '', index = ''] = /^\/(\w+)\/(\d+)$/.exec(issue.record) ?? [];
  const origin = originOf(collection, index);
  if (!origin) return { ...issue, reason, order: Number.POSITIVE_INFINITY };
  const field = issue.field === '' ? '' : (origin.fields[issue.field] ?? issue.field);
  return { file: origin.at.file, record: origin.at.record, field, reason, order: origin.at.order };
}

const where = (issue: ImportIssue) => `${issue.file}\u0000${issue.record}\u0000${issue.field}`;

/** The export's own problems and the importer's, in reading order; an importer's problem at a field the export's
 * problems already name is their consequence (a value left out), and one told twice (a customer and its tenant
 * share a country) is listed once. */
export function mergeIssues(own: readonly PcIssue[], found: readonly PcIssue[]): ImportIssue[] {
  const named = new Set(own.map(where));
  const seen = new Set<string>();
  const merged = [...own, ...found.filter((issue) => !named.has(where(issue)))]
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.order - b.issue.order || a.index - b.index)
    .map(({ issue: { order: _order, ...issue } }) => issue);
  return merged.filter((issue) => {
    const key = `${where(issue)}\u0000${issue.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Imports a Partner Center export folder, all or nothing, with the options of importPath. */
export async function importPartnerCenter(
  executor: Executor,
  folder: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const entry = await stat(folder).catch(() => undefined);
  if (!entry?.isDirectory()) {
    const reason = entry ? 'must be a folder exported from Partner Center' : 'does not exist';
    throw new ImportError([{ file: folder, record: '', field: '', reason }]);
  }
  options.onProgress?.({ phase: 'reading', done: 0, total: 1 });
  const conversion = await convertExport(await readExport(folder), partnersInGraph(executor));
  options.onProgress?.({ phase: 'reading', done: 1, total: 1 });
  const refused = conversion.issues.length > 0;
  let found: PcIssue[] = [];
  let cause: ImportError | undefined;
  try {
    const result = await importDocument(executor, conversion.document, folder, {
      ...options,
      // With problems of its own, the export is only checked, so that one run lists every problem.
      dryRun: options.dryRun || refused,
      // The converted document is read at once; the export's reading was reported above.
      onProgress: (progress) => {
        if (progress.phase !== 'reading') options.onProgress?.(progress);
      },
    });
    if (!refused) return result;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    cause = error;
    found = error.issues.map((issue) => toExportIssue(issue, conversion));
  }
  throw new ImportError(mergeIssues(conversion.issues, found), { cause });
}
