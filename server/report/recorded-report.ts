// The report of recorded findings, as the explorer downloads it and `./csp report` writes it: the findings the
// API's own data layer gives the caller (its scope applies), rendered by the report formats.
import type { ApiContext } from '../api/context';
import { type FindingFilter, findingEvidence, searchFindings } from '../api/data/findings';
import { type FindingRow, idPageRow } from '../api/data/rows';
import { readRows } from '../db/checked-rows';
import { cypher } from '../db/cypher-files';
import type { Finding, Severity } from '../scan/finding';
import { isoDate } from '../shared/dates';
import type { ReportInput, ReportRule } from './report-input';
import { reportRule } from './to-report-input';

/** A report that cannot be made, with the HTTP status that says why. */
export class ReportError extends Error {
  override name = 'ReportError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Which findings a report holds: each list empty for any; without a run, those open now (open or acknowledged),
 * as the explorer's list shows them; with a run, every finding that run found. */
export interface ReportFilter {
  ruleIds: string[];
  severities: Severity[];
  regions: string[];
  runId: string | null;
}

/** A report stops here: it is a document for people. */
export const MAX_REPORT_FINDINGS = 20_000;
/** Findings read per page (each page is one search and one read of its findings). */
const PAGE = 1_000;

/** The HTTP status of each code the data layer refuses a filter with. */
const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/** The run a report is as of: the one asked for, else the latest recorded (null when none is). */
async function reportRun(context: ApiContext, runId: string | null) {
  if (runId) {
    const run = await context.loaders.scanRun.load(runId);
    if (!run) throw new ReportError(`No scan run has the id '${runId}'.`, 404);
    return run;
  }
  const [latest] = await readRows(context.executor, idPageRow, cypher('api/scans/runs-page.cypher'), {
    skip: 0,
    limit: 1,
  });
  const id = latest?.items[0];
  return id ? ((await context.loaders.scanRun.load(id)) ?? null) : null;
}

async function reportFinding(
  context: ApiContext,
  row: FindingRow,
  rule: ReportRule | undefined,
  asOf: string,
): Promise<Finding> {
  // The partner is named only when the caller may see it, as the API's Finding.partner does.
  const partner = row.partnerId ? await context.loaders.partner.load(row.partnerId) : undefined;
  return {
    key: row.key,
    ruleId: row.ruleId,
    title: row.title,
    severity: row.severity,
    clause: rule?.clause ?? '',
    message: row.message,
    subjects: row.subjects,
    evidence: await findingEvidence(context, row.key),
    remediation: rule?.remediation ?? [],
    region: row.region,
    partnerId: partner ? row.partnerId : null,
    asOf,
  };
}

/** The findings of `filter` as the caller of `context` may see them, most severe first, at most
 * MAX_REPORT_FINDINGS, with the rules they come from and the run they are as of. */
export async function loadRecordedReport(
  context: ApiContext,
  filter: ReportFilter,
  now = new Date(),
): Promise<ReportInput> {
  const rules: ReportRule[] = context.catalog.map(reportRule);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  try {
    const run = await reportRun(context, filter.runId);
    const asOf = run?.asOf ?? isoDate(now);
    const search: FindingFilter = {
      runId: filter.runId,
      statuses: filter.runId ? null : ['open', 'acknowledged'],
      ruleIds: filter.ruleIds.length > 0 ? filter.ruleIds : null,
      severities: filter.severities.length > 0 ? filter.severities : null,
      regions: filter.regions.length > 0 ? filter.regions : null,
    };
    const findings: Finding[] = [];
    for (let skip = 0; findings.length < MAX_REPORT_FINDINGS; skip += PAGE) {
      const limit = Math.min(PAGE, MAX_REPORT_FINDINGS - findings.length);
      const { keys, total } = await searchFindings(context, search, { skip, limit });
      const rows = await context.loaders.finding.loadMany(keys);
      // All of a page at once, so the loaders read its partners and evidence in one query each.
      const page = await Promise.all(
        rows.map((row) => {
          if (row instanceof Error) throw row;
          return row ? reportFinding(context, row, byId.get(row.ruleId), asOf) : undefined;
        }),
      );
      for (const finding of page) if (finding) findings.push(finding);
      if (skip + limit >= total) break;
    }
    const found = new Set(findings.map((finding) => finding.ruleId));
    return {
      asOf,
      generatedAt: now.toISOString(),
      catalogVersion: run?.catalogVersion ?? 'no scan recorded',
      rules: rules.filter(
        (rule) => filter.ruleIds.length === 0 || filter.ruleIds.includes(rule.id) || found.has(rule.id),
      ),
      findings,
    };
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    const status = typeof code === 'string' ? STATUS_OF_CODE[code] : undefined;
    if (status) throw new ReportError((error as Error).message, status);
    throw error;
  }
}
