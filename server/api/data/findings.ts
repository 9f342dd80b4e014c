// Finding searches with facet counts (each finding's status is FINDING_STATUS, server/api/finding-status.ts).

import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import { cypherInt } from '../../db/executor';
import { SEVERITIES, type Severity } from '../../scan/finding';
import { type Evidence, readEvidenceText } from '../../scan/stored-evidence';
import type { ApiContext } from '../context';
import { badInput, notFound } from '../errors';
import { FINDING_STATUSES, type FindingStatus } from '../finding-status';
import type { Page } from '../pagination';
import type { EntityKind } from './rows';

export interface FindingFilter {
  ruleIds?: string[] | null;
  severities?: Severity[] | null;
  regions?: string[] | null;
  partnerIds?: string[] | null;
  statuses?: FindingStatus[] | null;
  runId?: string | null;
  /** Findings whose evidence includes one of these entities (through CONCERNS). */
  entityIds?: string[] | null;
  /** Narrows entityIds to one kind: ids are unique per kind only. */
  entityKind?: EntityKind | null;
}

/** One combination of facet values among the filtered findings, with how many findings have it. */
const facetCombination = z.object({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  region: z.string().nullable(),
  partner: z.string().nullable(),
  status: z.enum(FINDING_STATUSES),
  count: z.number(),
});
export type FacetCombination = z.infer<typeof facetCombination>;

/** The row of cypher/api/findings/search.cypher. */
export const searchSummary = z.object({ total: z.number(), combinations: z.array(facetCombination) });
/** A row of cypher/api/findings/page.cypher. */
const findingKeyRow = z.object({ key: z.string() });

export interface FindingSearch {
  total: number;
  keys: string[];
  combinations: FacetCombination[];
}

/** A filter list longer than this is refused: it would only be a way to send a huge query. */
const MAX_FILTER_VALUES = 100;

export async function searchFindings(context: ApiContext, filter: FindingFilter, page: Page): Promise<FindingSearch> {
  for (const [name, values] of Object.entries(filter)) {
    if (Array.isArray(values) && values.length > MAX_FILTER_VALUES) {
      throw badInput(`filter.${name} may list at most ${MAX_FILTER_VALUES} values`);
    }
  }
  const known = new Set(context.catalog.map((rule) => rule.id));
  const unknown = (filter.ruleIds ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0) throw badInput(`Unknown rule id(s): ${unknown.join(', ')}`);
  if (filter.entityKind && !filter.entityIds) throw badInput('filter.entityKind narrows filter.entityIds: give both');
  if (filter.runId && !(await context.loaders.scanRun.load(filter.runId))) {
    throw notFound(`No scan run has the id '${filter.runId}'`);
  }
  const params = {
    runId: filter.runId ?? null,
    ruleIds: filter.ruleIds ?? null,
    severities: filter.severities ?? null,
    regions: filter.regions ?? null,
    partnerIds: filter.partnerIds ?? null,
    statuses: filter.statuses ?? null,
    entityIds: filter.entityIds ?? null,
    entityKind: filter.entityKind ?? null,
  };
  const [summary] = await readRows(context.executor, searchSummary, cypher('api/findings/search.cypher'), params);
  const combinations = summary?.combinations ?? [];
  const keys: string[] = [];
  // One index-ordered read per severity the page spans (SKIP and LIMIT take no per-row values); usually just one.
  for (const bucket of severityBuckets(combinations, page)) {
    const rows = await readRows(context.executor, findingKeyRow, cypher('api/findings/page.cypher'), {
      ...params,
      severity: bucket.severity,
      skip: cypherInt(bucket.skip),
      limit: cypherInt(bucket.limit),
    });
    keys.push(...rows.map((row) => row.key));
  }
  return { total: summary?.total ?? 0, keys, combinations };
}

/** Which severities a page spans, and how many findings of each to skip and take. */
export function severityBuckets(combinations: readonly FacetCombination[], page: Page) {
  const buckets: { severity: Severity; skip: number; limit: number }[] = [];
  let before = 0;
  let wanted = page.limit;
  // The list order: most severe first, as SEVERITIES lists them (then by key, which the index gives).
  for (const severity of SEVERITIES) {
    const size = combinations.filter((c) => c.severity === severity).reduce((sum, c) => sum + c.count, 0);
    const skip = Math.max(0, page.skip - before);
    before += size;
    if (wanted === 0 || skip >= size) continue;
    const limit = Math.min(size - skip, wanted);
    buckets.push({ severity, skip, limit });
    wanted -= limit;
  }
  return buckets;
}

/** What the rule matched for a finding. A finding recorded before scans stored evidence gives the entities it
 * CONCERNS, without relationships. */
export async function findingEvidence(context: ApiContext, key: string): Promise<Evidence> {
  const stored = await context.loaders.findingEvidence.load(key);
  if (stored?.evidence) return readEvidenceText(stored.evidence);
  return { nodes: stored?.concerned ?? [], edges: [] };
}

type Facet = 'rule' | 'severity' | 'region' | 'partner' | 'status';

/** The combinations a page's facets are counted from: each facet is counted only when a query asks for it. */
export interface FindingFacetsData {
  combinations: readonly FacetCombination[];
}

/** Orders facet values as localeCompare does, without building a collator per comparison. */
const collator = new Intl.Collator();

/** Counts per value of one facet, largest first; severities and statuses named as the GraphQL enums name them. */
export function facetCounts(combinations: readonly FacetCombination[], facet: Facet) {
  const counts = new Map<string | null, number>();
  for (const combination of combinations) {
    const value = combination[facet];
    counts.set(value, (counts.get(value) ?? 0) + combination.count);
  }
  const asEnum = facet === 'severity' || facet === 'status';
  return [...counts]
    .map(([value, count]) => ({ value: asEnum && value ? value.toUpperCase() : value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(String(a.value), String(b.value)));
}
