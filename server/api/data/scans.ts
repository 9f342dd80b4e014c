// Runs the rule catalog through the API, records the run, compares it with the one before, and audits it.
import { runScan, ScanError } from '../../scan/run-scan';
import { compareRuns, previousRunId, recordScan } from '../../scan/scan-history';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { recordAudit } from './audit';

export async function runAndRecordScan(
  context: ApiContext,
  asOf: string,
  ruleIds: string[] | null | undefined,
  full: boolean,
) {
  let result: Awaited<ReturnType<typeof runScan>>;
  try {
    result = await runScan(context.executor, context.catalog, {
      asOf,
      incremental: !full,
      ...(ruleIds?.length ? { ruleIds } : {}),
    });
  } catch (error) {
    if (error instanceof ScanError) throw badInput(error.message);
    throw error;
  }
  const runId = await recordScan(context.executor, result);
  await recordAudit(context, {
    action: 'scan',
    outcome: 'succeeded',
    target: runId,
    details: { asOf: result.asOf, ruleIds: result.ruleIds, kind: result.kind, findings: result.findings.length },
  });
  const previous = await previousRunId(context.executor, runId);
  return {
    runId,
    kind: result.kind,
    reason: result.reason,
    comparison: previous
      ? { fromId: previous, toId: runId, rows: await compareRuns(context.executor, previous, runId) }
      : null,
  };
}
