// ScanRun and RunComparison: recorded runs, the findings each found, and what changed between two.
import { SEVERITIES, type Severity } from '../../scan/finding';
import type { RunComparisonRow } from '../../scan/scan-history';
import type { ApiContext } from '../context';
import { type FacetCombination, searchFindings } from '../data/findings';
import type { FindingRow, ScanRunRow } from '../data/rows';
import type { Resolvers } from '../generated/resolver-types';
import { type Connection, type PageArgs, sliceConnection, toConnection, toPage } from '../pagination';
import { present } from '../resolver-values';
import { maybe } from './lists';

export interface ComparisonData {
  fromId: string;
  toId: string;
  rows: RunComparisonRow[];
}

/** A page of findings, each loaded when asked for, and the combinations FindingConnection.facets counts. */
export type FindingConnectionData = Connection<{ node: () => Promise<FindingRow | null> }> & {
  combinations: FacetCombination[];
};

/** A page of findings keyed by the filter, with what the facets need. */
export async function findingConnection(
  context: ApiContext,
  filter: Parameters<typeof searchFindings>[1],
  args: PageArgs,
): Promise<FindingConnectionData> {
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

export const scanRunResolvers: Resolvers = {
  ScanRun: {
    total: async (run, _args, context) => (await scopedRunCounts(context, run)).total,
    bySeverity: async (run, _args, context) => (await scopedRunCounts(context, run)).bySeverity,
    findings: (run, args, context) => findingConnection(context, { runId: run.id }, args),
    previous: (run, _args, context) => maybe((id) => context.loaders.scanRun.load(id), run.previousId),
  },
  RunComparison: {
    from: (data, _args, context) => present(context.loaders.scanRun.load(data.fromId), `Scan run ${data.fromId}`),
    to: (data, _args, context) => present(context.loaders.scanRun.load(data.toId), `Scan run ${data.toId}`),
    new: (data) => data.rows.filter((row) => row.change === 'new').length,
    stillOpen: (data) => data.rows.filter((row) => row.change === 'still-open').length,
    resolved: (data) => data.rows.filter((row) => row.change === 'resolved').length,
    changes: (data, args) =>
      sliceConnection(
        data.rows.filter((row) => !args.change || row.change === args.change),
        args,
      ),
  },
  FindingChangeEdge: {
    node: (row, _args, context) => present(context.loaders.finding.load(row.key), `Finding ${row.key}`),
  },
};
