// Whether a scan can build on the previous run, and if so which entities changed since then (docs/change-tracking.md).
import { cypher } from '../db/cypher-files';
import type { Executor } from '../db/executor';
import type { PartnerAspect, RelationshipType } from '../model/graph-model';
import { everyTouched, TOUCHED_LABELS, type Touched, type TouchedLabel } from '../rules/anchors';

/** What a scan notes as it starts (cypher/scan/scan-start.cypher). */
export interface ScanStart {
  regionTable: string | null;
  watermark: string;
}

/** The run an incremental scan builds on. */
export interface PreviousRun {
  id: string;
  asOf: string;
  catalogVersion: string;
  regionTable: string | null;
  ruleIds: string[];
  ruleMs: number[] | null;
  watermark: string | null;
}

/** A full scan runs every rule on the whole graph; an incremental one only what changed since the previous run. */
export const SCAN_KINDS = ['full', 'incremental'] as const;
export type ScanKind = (typeof SCAN_KINDS)[number];

export type ScanPlan =
  | { kind: 'full'; reason: string; previous: PreviousRun | undefined }
  | { kind: 'incremental'; reason: string; previous: PreviousRun; touched: Touched };

/** A write transaction of the API lasts at most this long; imports, which may hold theirs longer, are found by their
 * running marker instead (scan-start.cypher). */
export const WRITE_WINDOW_MS = 10 * 60 * 1000;

export async function scanStart(executor: Executor): Promise<ScanStart> {
  const [row] = await executor.read<ScanStart>(cypher('scan/scan-start.cypher'), { writeWindowMs: WRITE_WINDOW_MS });
  if (!row) throw new Error('scan-start.cypher returned no row');
  return row;
}

export async function latestRun(executor: Executor): Promise<PreviousRun | undefined> {
  const [row] = await executor.read<PreviousRun>(cypher('scan/latest-run.cypher'));
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
  const rows = await executor.read<{
    label: TouchedLabel;
    type: RelationshipType | null;
    aspect: PartnerAspect | null;
    ids: string[];
  }>(cypher('scan/changed-entities.cypher'), {
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
