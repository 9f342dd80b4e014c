// The findings report the explorer downloads (CSV) or opens (printable HTML): findings read through the GraphQL
// API with the caller's own credentials, rendered by the same report formats as `./csp scan --format`.

import { REPORT_FORMATS } from '../report/formats';
import type { ReportInput, ReportRule } from '../report/report-input';
import type { Finding, Severity } from '../scan/finding';
import { isoDate } from '../shared/dates';

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

export const REPORT_PATHS = { '/reports/findings.csv': 'csv', '/reports/findings.html': 'html' } as const;
export type ReportPath = keyof typeof REPORT_PATHS;

export interface ReportFilter {
  ruleIds: string[];
  severities: string[];
  regions: string[];
  runId: string | null;
}

/** More than this many filter values is not a report anybody reads; the API refuses long lists too. */
const MAX_VALUES = 100;
/** A report stops here: it is a document for people, and each page is one more request. */
export const MAX_REPORT_FINDINGS = 20_000;
/** The API's largest page, passed as a variable like any client's page size. */
const PAGE = 100;

const SEVERITY_VALUES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** The filter of a report URL (?rule=&severity=&region=&runId=), or a reason it is refused. */
export function parseReportFilter(params: URLSearchParams): ReportFilter | { problem: string } {
  const list = (name: string) =>
    params
      .getAll(name)
      .map((value) => value.trim())
      .filter((value) => value !== '');
  const filter: ReportFilter = {
    ruleIds: list('rule'),
    severities: list('severity').map((value) => value.toUpperCase()),
    regions: list('region'),
    runId: params.get('runId')?.trim() || null,
  };
  for (const [name, values] of Object.entries({
    rule: filter.ruleIds,
    severity: filter.severities,
    region: filter.regions,
  })) {
    if (values.length > MAX_VALUES) return { problem: `At most ${MAX_VALUES} values of '${name}' are accepted.` };
  }
  const unknown = filter.severities.find((value) => !SEVERITY_VALUES.includes(value));
  if (unknown) return { problem: `'${unknown}' is not a severity (critical, high, medium or low).` };
  return filter;
}

interface RuleRow {
  id: string;
  title: string;
  severity: string;
  clause: string;
  description: string;
  remediation: string[];
}

interface FindingRow {
  key: string;
  ruleId: string;
  title: string;
  severity: string;
  message: string;
  subjects: string[];
  region: string | null;
  partner: { id: string } | null;
  evidence: Finding['evidence'];
}

interface RunRow {
  asOf: string;
  catalogVersion: string;
}

/** Runs one GraphQL operation as the caller and returns its data, or throws with the API's message and code. */
export type GraphqlCall = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

const RULES =
  'query ReportRules($first: Int!) { rules(first: $first) { edges { node { id title severity clause description remediation } } } }';
const RUN = 'query ReportRun($id: ID!) { scanRun(id: $id) { asOf catalogVersion } }';
const LATEST_RUN = 'query ReportLatestRun { scanRuns(first: 1) { edges { node { asOf catalogVersion } } } }';
const FINDINGS = `query ReportFindings($filter: FindingFilter, $first: Int!, $after: String) {
  findings(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { key ruleId title severity message subjects region partner { id }
      evidence { nodes { id label name } edges { type from to } } } }
  }
}`;

export function toReportFinding(row: FindingRow, rule: RuleRow | undefined, asOf: string): Finding {
  return {
    key: row.key,
    ruleId: row.ruleId,
    title: row.title,
    severity: row.severity.toLowerCase() as Severity,
    clause: rule?.clause ?? '',
    message: row.message,
    subjects: row.subjects,
    evidence: row.evidence,
    remediation: rule?.remediation ?? [],
    region: row.region,
    partnerId: row.partner?.id ?? null,
    asOf,
  };
}

export async function loadReportInput(call: GraphqlCall, filter: ReportFilter, now = new Date()): Promise<ReportInput> {
  const rulesData = await call<{ rules: { edges: { node: RuleRow }[] } }>(RULES, { first: PAGE });
  const rules = rulesData.rules.edges.map((edge) => edge.node);
  let run: RunRow | null;
  if (filter.runId) {
    run = (await call<{ scanRun: RunRow | null }>(RUN, { id: filter.runId })).scanRun;
    if (!run) throw new ReportError(`No scan run has the id '${filter.runId}'.`, 404);
  } else {
    run = (await call<{ scanRuns: { edges: { node: RunRow }[] } }>(LATEST_RUN, {})).scanRuns.edges[0]?.node ?? null;
  }
  const asOf = run?.asOf ?? isoDate(now);
  const apiFilter: Record<string, unknown> = filter.runId
    ? { runId: filter.runId }
    : { statuses: ['OPEN', 'ACKNOWLEDGED'] };
  if (filter.ruleIds.length > 0) apiFilter.ruleIds = filter.ruleIds;
  if (filter.severities.length > 0) apiFilter.severities = filter.severities;
  if (filter.regions.length > 0) apiFilter.regions = filter.regions;

  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const findings: Finding[] = [];
  let after: string | null = null;
  do {
    const data: {
      findings: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: FindingRow }[] };
    } = await call(FINDINGS, { filter: apiFilter, first: PAGE, after });
    for (const { node } of data.findings.edges) findings.push(toReportFinding(node, byId.get(node.ruleId), asOf));
    after = data.findings.pageInfo.hasNextPage ? data.findings.pageInfo.endCursor : null;
  } while (after && findings.length < MAX_REPORT_FINDINGS);

  const ran = new Set(findings.map((finding) => finding.ruleId));
  const reportRules: ReportRule[] = rules
    .filter((rule) => filter.ruleIds.length === 0 || filter.ruleIds.includes(rule.id) || ran.has(rule.id))
    .map((rule) => ({ ...rule, severity: rule.severity.toLowerCase() }));
  return {
    asOf,
    generatedAt: now.toISOString(),
    catalogVersion: run?.catalogVersion ?? 'no scan recorded',
    rules: reportRules,
    findings,
  };
}

export function renderReport(
  path: ReportPath,
  input: ReportInput,
): { body: string; mediaType: string; fileName: string } {
  const format = REPORT_FORMATS[REPORT_PATHS[path]];
  return {
    body: format.render(input),
    mediaType: format.mediaType,
    fileName: `csp-findings-${input.asOf}.${format.extension}`,
  };
}
