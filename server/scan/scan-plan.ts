// Whether a scan can build on the previous run, and if so which entities changed since then (docs/change-tracking.md).
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypher, keepingPlan } from '../db/cypher-files';
import type { Executor } from '../db/executor';
import { PARTNER_ASPECTS, RELATIONSHIP_TYPES } from '../model/graph-model';
import { everyTouched, TOUCHED_LABELS, type Touched } from '../rules/anchors';

/** What a scan notes as it starts (cypher/scan/scan-start.cypher): the region table's load time and the watermark,
 * both as datetime text. */
const scanStartRow = z.object({ regionTable: z.string().nullable(), watermark: z.string() });
export type ScanStart = z.infer<typeof scanStartRow>;

/** The run an incremental scan builds on (cypher/scan/latest-run.cypher). */
const previousRunRow = z.object({
  id: z.string(),
  asOf: z.string(),
  catalogVersion: z.string(),
  regionTable: z.string().nullable(),
  ruleIds: z.array(z.string()),
  ruleMs: z.array(z.number()).nullable(),
  watermark: z.string().nullable(),
  /** How many findings it found. */
  findings: z.number(),
});
export type PreviousRun = z.infer<typeof previousRunRow>;

/** A row of cypher/scan/changed-entities.cypher: the ids of the entities of a label a change touched, and how (the
 * type of the changed relationship they are an end of, or the part of a partner account changed alone). */
const changedRow = z.object({
  label: z.enum(TOUCHED_LABELS),
  type: z.enum(RELATIONSHIP_TYPES).nullable(),
  aspect: z.enum(PARTNER_ASPECTS).nullable(),
  ids: z.array(z.string()),
});

/** A full scan runs every rule on the whole graph; an incremental one only what changed since the previous run. */
export const SCAN_KINDS = ['full', 'incremental'] as const;
export type ScanKind = (typeof SCAN_KINDS)[number];

export type ScanPlan =
  | { kind: 'full'; reason: string; previous: PreviousRun | undefined }
  | { kind: 'incremental'; reason: string; previous: PreviousRun; touched: Touched };

/** The API's changes (a relationship added or ended) run in transactions that Neo4j ends after this long, whatever
 * the query timeout is set to: the scan's watermark relies on it. */
export const CHANGE_TRANSACTION_TIMEOUT_MS = 60_000;

/** A write that stamps changes without an import's running marker lasts at most this long: an API change
 * (CHANGE_TRANSACTION_TIMEOUT_MS, which Neo4j enforces within its check interval of seconds), with room to spare.
 * Imports, which may hold their transactions longer, are found by their running marker instead (scan-start.cypher). */
export const WRITE_WINDOW_MS = 10 * 60 * 1000;

export async function scanStart(executor: Executor): Promise<ScanStart> {
  const [row] = await readRows(executor, scanStartRow, cypher('scan/scan-start.cypher'), {
    writeWindowMs: WRITE_WINDOW_MS,
  });
  if (!row) throw new Error('scan-start.cypher returned no row');
  return row;
}

export async function latestRun(executor: Executor): Promise<PreviousRun | undefined> {
  const [row] = await readRows(executor, previousRunRow, cypher('scan/latest-run.cypher'));
  return row;
}

/** A full scan, with the reason, or the run to build on and what changed since it. */
export async function planScan(
  executor: Executor,
  wanted: { ruleIds: readonly string[]; catalogVersion: string; asOf: string; full: boolean },
  start: ScanStart,
): Promise<ScanPlan> {
  const previous = await latestRun(executor);
  const full = (reason: string): ScanPlan => ({ kind: 'full', reason, previous });
  if (wanted.full) return full('a full scan was asked for');
  if (!previous) return full('no previous run is recorded');
  if (previous.catalogVersion !== wanted.catalogVersion) {
    return full(`the rule catalog changed since the previous run (${previous.catalogVersion})`);
  }
  if (previous.regionTable !== start.regionTable) return full('the region table changed since the previous run');
  const missing = wanted.ruleIds.filter((id) => !previous.ruleIds.includes(id));
  if (missing.length > 0) return full(`the previous run did not cover ${missing.join(', ')}`);
  if (!previous.watermark) return full('the previous run predates change tracking');
  const [lo, hi] = [previous.asOf, wanted.asOf].sort();
  const rows = await readRows(executor, changedRow, keepingPlan(cypher('scan/changed-entities.cypher')), {
    since: previous.watermark,
    timeFrom: lo,
    timeTo: hi,
    labels: TOUCHED_LABELS,
  });
  const touched: Touched = { links: {}, aspects: {} };
  for (const { label, type, aspect, ids } of rows) {
    if (aspect !== null)
      touched.aspects = { ...touched.aspects, [aspect]: { ...touched.aspects?.[aspect], [label]: ids } };
    else if (type === null) touched[label] = ids;
    else touched.links = { ...touched.links, [type]: { ...touched.links?.[type], [label]: ids } };
  }
  const every = everyTouched(touched);
  const count = TOUCHED_LABELS.reduce((sum, label) => sum + every[label].length, 0);
  const dates = previous.asOf === wanted.asOf ? '' : `, and what is dated between ${lo} and ${hi}`;
  return {
    kind: 'incremental',
    reason: `${count} entities changed since the previous run${dates}`,
    previous,
    touched,
  };
}
