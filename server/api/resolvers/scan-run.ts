// ScanRun and RunComparison: recorded runs, the findings each found, and what changed between two.
import { SEVERITIES, type Severity } from '../../scan/finding';
import type { RunComparisonRow } from '../../scan/scan-history';
import type { ApiContext } from '../context';
import { searchFindings } from '../data/findings';
import type { ScanRunRow } from '../data/rows';
import { type PageArgs, sliceConnection, toConnection, toPage } from '../pagination';
import { maybe } from './lists';

export interface ComparisonData {
  fromId: string;
  toId: string;
  rows: RunComparisonRow[];
}

/** A page of findings keyed by the filter, with what the facets need. */
export async function findingConnection(
  context: ApiContext,
  filter: Parameters<typeof searchFindings>[1],
  args: PageArgs,
) {
  const page = toPage(args);
  const result = await searchFindings(context, filter, page);
  return {
    ...toConnection(
      result.keys.map((key) => ({ node: () => context.loaders.finding.load(key) })),
      page,
      result.total,
    ),
    combinations: result.combinations,
  };
}

/** A run's findings as a scoped caller may count them: those of its scope only. */
async function scopedRunCounts(context: ApiContext, run: ScanRunRow) {
  if (!context.scope) return { total: run.total, bySeverity: run.bySeverity };
  const { total, combinations } = await searchFindings(context, { runId: run.id }, { skip: 0, limit: 0 });
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((severity) => [
      severity,
      combinations.filter((c) => c.severity === severity).reduce((sum, c) => sum + c.count, 0),
    ]),
  ) as Record<Severity, number>;
  return { total, bySeverity };
}

export const scanRunResolvers = {
  ScanRun: {
    total: async (run: ScanRunRow, _args: unknown, context: ApiContext) => (await scopedRunCounts(context, run)).total,
    bySeverity: async (run: ScanRunRow, _args: unknown, context: ApiContext) =>
      (await scopedRunCounts(context, run)).bySeverity,
    findings: (run: ScanRunRow, args: PageArgs, context: ApiContext) =>
      findingConnection(context, { runId: run.id }, args),
    previous: (run: ScanRunRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.scanRun.load(id), run.previousId),
  },
  RunComparison: {
    from: (data: ComparisonData, _args: unknown, context: ApiContext) => context.loaders.scanRun.load(data.fromId),
    to: (data: ComparisonData, _args: unknown, context: ApiContext) => context.loaders.scanRun.load(data.toId),
    new: (data: ComparisonData) => data.rows.filter((row) => row.change === 'new').length,
    stillOpen: (data: ComparisonData) => data.rows.filter((row) => row.change === 'still-open').length,
    resolved: (data: ComparisonData) => data.rows.filter((row) => row.change === 'resolved').length,
    changes: (data: ComparisonData, args: PageArgs & { change?: string | null }) =>
      sliceConnection(
        data.rows.filter((row) => !args.change || row.change === args.change),
        args,
      ),
  },
  FindingChangeEdge: {
    node: (row: RunComparisonRow, _args: unknown, context: ApiContext) => context.loaders.finding.load(row.key),
  },
};
