// A finding's status, written once for every statement of the API: statements say `FINDING_STATUS(f)` (its status),
// `FINDING_COUNTS_OPEN(f)` (whether it counts among the open findings: open or acknowledged) or
// `WAIVER_EXPIRED(f)` (whether its waiver has run out), and this expands them (statement-text.ts). The scan sets
// `status` to 'open' or 'resolved'; triage sets `triage` (and `waivedUntil` for a waiver) on top of it.
import { statementVariable } from './statement-variable';

/** The statuses FINDING_STATUS gives, as the GraphQL enum FindingStatus names them in lower case. */
export const FINDING_STATUSES = ['open', 'acknowledged', 'waived', 'resolved'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** The one test of time: a waiver's instant is still ahead (null when there is no instant). */
function waiverEndAhead(f: string): string {
  return `${f}.waivedUntil > datetime()`;
}

/** A waiver that runs (always true or false, never null: a missing instant runs nothing). */
function waiverRuns(f: string): string {
  return `coalesce(${f}.triage = 'waived' AND ${waiverEndAhead(f)}, false)`;
}

/** Resolved when the latest scan of its rule no longer found it; waived while a waiver runs; acknowledged; otherwise
 * open (so an expired waiver counts as open again). */
export function findingStatus(variable: string): string {
  const f = statementVariable(variable, 'FINDING_STATUS');
  return (
    `CASE WHEN ${f}.status = 'resolved' THEN 'resolved' WHEN ${waiverRuns(f)} THEN 'waived'` +
    ` WHEN ${f}.triage = 'acknowledged' THEN 'acknowledged' ELSE 'open' END`
  );
}

/** Open or acknowledged: what the explorer flags and counts. The scan status comes first so that the planner can
 * start from the finding_status index; the rest is FINDING_STATUS itself. */
export function findingCountsOpen(variable: string): string {
  const f = statementVariable(variable, 'FINDING_COUNTS_OPEN');
  return `(${f}.status = 'open' AND ${findingStatus(f)} IN ['open', 'acknowledged'])`;
}

/** A waiver whose instant has passed (the finding counts as open again unless resolved). */
export function waiverExpired(variable: string): string {
  const f = statementVariable(variable, 'WAIVER_EXPIRED');
  return `coalesce(${f}.triage = 'waived' AND NOT ${waiverEndAhead(f)}, false)`;
}

/** Expands the status tests of a statement's text. */
export function expandFindingStatus(text: string): string {
  return text
    .replace(/\bFINDING_STATUS\((\w+)\)/g, (_match, variable: string) => findingStatus(variable))
    .replace(/\bFINDING_COUNTS_OPEN\((\w+)\)/g, (_match, variable: string) => findingCountsOpen(variable))
    .replace(/\bWAIVER_EXPIRED\((\w+)\)/g, (_match, variable: string) => waiverExpired(variable));
}
