// An incremental scan: which anchors of each rule the changes since the previous run touched, and the previous
// findings carried over for the anchors left alone (docs/change-tracking.md).
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypher, inBatch, keepingPlan } from '../db/cypher-files';
import { type Executor, isTransactionTimeout } from '../db/executor';
import {
  anchorOfSubjects,
  anchorsOfRules,
  everyTouched,
  TOUCHED_LABELS,
  type Touched,
  type TouchedLabel,
  touchedFor,
} from '../rules/anchors';
import type { RuleDefinition } from '../rules/catalog';
import { inParallel } from '../shared/in-parallel';
import type { Finding } from './finding';
import type { ScanPlan } from './scan-plan';
import { START_LABELS, startPointCount } from './scan-tasks';
import { readEvidenceText } from './stored-evidence';

/** What an incremental scan evaluates: per rule, the anchors to evaluate again, and the rules whose search outran
 * their budget and so run whole. */
export interface TouchedAnchors {
  anchors: Map<string, Set<string>>;
  overBudget: Set<string>;
}

/** A finding of the previous run whose evidence names the touched entity `id`. */
const concernedFinding = z.object({ id: z.string(), ruleId: z.string(), subjects: z.array(z.string()) });
type ConcernedFinding = z.infer<typeof concernedFinding>;

/** by-id: each touched entity looked up with the findings whose evidence names it; by-finding: the previous run's
 * findings read with the entities of the label they name, kept where one is touched. Both give the same rows; the
 * cheaper reads the smaller side. */
export type ConcernedLookup = 'by-id' | 'by-finding';

/** The previous run's findings whose evidence names one of `ids`, entities of `label`: what a removal or a change
 * that leads nowhere any more must still re-check. */
export async function concernedFindings(
  executor: Executor,
  label: TouchedLabel,
  ids: readonly string[],
  runId: string,
  lookup: ConcernedLookup,
): Promise<ConcernedFinding[]> {
  // The label is one of TOUCHED_LABELS, never text from a request.
  if (lookup === 'by-id') {
    return readRows(
      executor,
      concernedFinding,
      keepingPlan(`UNWIND $batch.ids AS id
       MATCH (:${label} {id: id})<-[:CONCERNS]-(finding:Finding)
       WHERE finding.lastRunId = $runId
       RETURN DISTINCT id, finding.ruleId AS ruleId, finding.subjects AS subjects`),
      { ...inBatch({ ids }), runId },
    );
  }
  const wanted = new Set(ids);
  const rows = await readRows(
    executor,
    concernedFinding,
    `MATCH (:ScanRun {id: $runId})-[:FOUND]->(finding:Finding)-[:CONCERNS]->(entity:${label})
     RETURN DISTINCT entity.id AS id, finding.ruleId AS ruleId, finding.subjects AS subjects`,
    { runId },
  );
  return rows.filter((row) => wanted.has(row.id));
}

/** Per rule, the anchors to evaluate again: those the touched entities lead to, and those of the previous run's
 * findings whose evidence names a touched entity (a removal leaves nothing to lead from). A rule's anchors are looked
 * for only up to its threshold (wholeGraphThresholds) and within its budget (anchoredBudgets): past either, the rule
 * runs whole. Each rule's search is its own read, `sessions` at a time, so the search uses the cores a scan does. */
export async function touchedAnchors(
  executor: Executor,
  rules: readonly RuleDefinition[],
  plan: Extract<ScanPlan, { kind: 'incremental' }>,
  asOf: string,
  limits: ReadonlyMap<string, number>,
  budgets: ReadonlyMap<string, number> = new Map(),
  sessions = 1,
): Promise<TouchedAnchors> {
  const anchors = new Map<string, Set<string>>();
  const overBudget = new Set<string>();
  const evidence: { label: TouchedLabel; rows: ConcernedFinding[] }[] = [];
  const every = everyTouched(plan.touched);
  // The searches likely to take longest go first, so that the sessions finish together.
  const cost = new Map(rules.map((rule) => [rule.id, touchedCount(rule, plan.touched)]));
  const byCost = [...rules].sort((a, b) => (cost.get(b.id) ?? 0) - (cost.get(a.id) ?? 0));
  const searches = [
    ...byCost.map((rule) => async () => {
      const budget = budgets.get(rule.id);
      try {
        const found = await executor.readTransaction(
          (tx) => anchorsOfRules(tx, [rule], plan.touched, asOf, limits),
          budget === undefined ? {} : { timeoutMs: budget },
        );
        anchors.set(rule.id, new Set(found.get(rule.id)));
      } catch (error) {
        if (!isTransactionTimeout(error)) throw error;
        anchors.set(rule.id, new Set());
        overBudget.add(rule.id);
      }
    }),
    ...TOUCHED_LABELS.filter((label) => every[label].length > 0).map((label) => async () => {
      // With more touched entities of the label than the run has findings, reading the findings is the cheaper way.
      const lookup = every[label].length > plan.previous.findings ? 'by-finding' : 'by-id';
      evidence.push({ label, rows: await concernedFindings(executor, label, every[label], plan.previous.id, lookup) });
    }),
  ];
  await inParallel(searches, sessions, (search) => search());
  const forRule = new Map(
    rules.map((rule) => {
      const ids = touchedFor(rule, plan.touched);
      return [rule.id, new Set(TOUCHED_LABELS.flatMap((label) => ids[label].map((id) => `${label}:${id}`)))];
    }),
  );
  for (const { label, rows } of evidence) {
    for (const row of rows) {
      const rule = rules.find((r) => r.id === row.ruleId);
      // Only what can alter the rule: an entity changed itself, or an end of a relationship of a type it reads.
      // A rule past its threshold runs whole: more anchors change nothing.
      const full =
        overBudget.has(row.ruleId) || (anchors.get(row.ruleId)?.size ?? 0) >= (limits.get(row.ruleId) ?? Infinity);
      if (rule && !full && forRule.get(rule.id)?.has(`${label}:${row.id}`))
        anchors.get(rule.id)?.add(anchorOfSubjects(rule, row.subjects));
    }
  }
  return { anchors, overBudget };
}

/** Past this share of a rule's start points, evaluating from anchors costs more than the whole-graph statement. */
export const WHOLE_GRAPH_SHARE = 0.1;

/** Per rule, the number of anchors past which it runs whole: WHOLE_GRAPH_SHARE of its start points (of every label
 * its start clauses seek), plus one. */
export async function wholeGraphThresholds(
  executor: Executor,
  rules: readonly RuleDefinition[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const thresholds = new Map<string, number>();
  for (const rule of rules) {
    const labels = [...new Set(rule.anchor.starts.map((start) => start.label))];
    if (labels.length === 0 || !labels.every((label) => START_LABELS.includes(label))) continue;
    let starts = 0;
    for (const label of labels) {
      if (!counts.has(label)) {
        counts.set(label, await startPointCount(executor, label));
      }
      starts += counts.get(label) ?? 0;
    }
    thresholds.set(rule.id, Math.floor(WHOLE_GRAPH_SHARE * starts) + 1);
  }
  return thresholds;
}

/** How many touched entities can alter the rule (touchedFor): what its search for anchors costs about in proportion. */
function touchedCount(rule: RuleDefinition, touched: Touched): number {
  const ids = touchedFor(rule, touched);
  return TOUCHED_LABELS.reduce((sum, label) => sum + ids[label].length, 0);
}

/** About what searching a rule's anchors and evaluating it from them costs, in ms per touched entity that can alter
 * the rule (touchedFor). Timed rule by rule at 1,000,000 customers after a day's changes of 122,742 entities: 7 to
 * 69 µs, 19 µs at the median (bench/anchored-cost.ts; docs/benchmarks.md, Daily delta). The rules' whole times are measured on the same
 * database, so a faster or slower machine moves both sides of the comparison alike. */
export const ANCHORED_MS_PER_TOUCHED = 0.02;

/** The rules for which a search for anchors and a run from them would likely cost at least their time in the last
 * full scan and at least WHOLE_ESTIMATE_FLOOR_MS: they run whole without a search. A rule whose whole time is not
 * known is searched. */
export function rulesCheaperWhole(
  rules: readonly RuleDefinition[],
  touched: Touched,
  previousMs: ReadonlyMap<string, number>,
  msPerTouched = ANCHORED_MS_PER_TOUCHED,
): Set<string> {
  return new Set(
    rules
      .filter((rule) => {
        const wholeMs = previousMs.get(rule.id) ?? 0;
        if (wholeMs <= 0) return false;
        return touchedCount(rule, touched) * msPerTouched >= Math.max(wholeMs, WHOLE_ESTIMATE_FLOOR_MS);
      })
      .map((rule) => rule.id),
  );
}

/** Below this estimate, whether a rule runs from anchors or whole hardly changes a scan's time, and the estimate is
 * the least sure; it stays anchored. Rules that take a tenth of a second whole cost a second or more from the
 * anchors of a day of 1% of the records at 1,000,000 customers (docs/benchmarks.md, Daily delta), which a floor of a
 * second kept anchored. */
export const WHOLE_ESTIMATE_FLOOR_MS = 100;

/** The least budget of a rule's anchor search and anchored run: Neo4j checks transaction timeouts only every two
 * seconds by default, so a shorter budget ends no sooner. */
export const ANCHORED_BUDGET_FLOOR_MS = 1000;

/** Per rule, how long its anchor search, and then its anchored run, may each take before it runs whole instead: its
 * time in the last full scan, at least ANCHORED_BUDGET_FLOOR_MS. The threshold's fixed share misprices rules whose
 * whole-graph statement is far cheaper per start point than a seek (docs/change-tracking.md); the budget bounds what
 * such a rule can cost: its search, its abandoned run and its whole run, each about its whole time at most. */
export function anchoredBudgets(
  rules: readonly RuleDefinition[],
  previousMs: ReadonlyMap<string, number>,
): Map<string, number> {
  return new Map(rules.map((rule) => [rule.id, Math.max(ANCHORED_BUDGET_FLOOR_MS, previousMs.get(rule.id) ?? 0)]));
}

/** The rules whose touched anchors are so many that the whole-graph statement is cheaper: they run whole, and carry
 * nothing over. */
export function rulesToRunWhole(
  rules: readonly RuleDefinition[],
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  thresholds: ReadonlyMap<string, number>,
): Set<string> {
  return new Set(
    rules
      .filter((rule) => (anchors.get(rule.id)?.size ?? 0) >= (thresholds.get(rule.id) ?? Infinity))
      .map((rule) => rule.id),
  );
}

/** A row of cypher/scan/run-findings.cypher: a finding as stored, its evidence JSON text (stored-evidence.ts). Many
 * thousands of them at a time: the row stays flat, and the evidence text is parsed only for the findings carried. */
const storedFinding = z.object({
  key: z.string(),
  ruleId: z.string(),
  message: z.string(),
  subjects: z.array(z.string()),
  region: z.string().nullable(),
  partnerId: z.string().nullable(),
  evidence: z.string(),
  /** scan-history.ts's digest of the stored content, and the number of entities the finding is linked to. */
  digest: z.string().nullable(),
  linked: z.number(),
});

export type StoredFinding = z.infer<typeof storedFinding>;

/** A row of cypher/scan/run-digests.cypher. */
const storedDigest = storedFinding.pick({ key: true, digest: true, linked: true });
export type StoredDigest = z.infer<typeof storedDigest>;

/** The previous run's findings of these rules, as stored (`content`), or only their digests and link counts (a full
 * scan, which carries nothing over, needs no more). It reads what the rules' evaluation does not change, so a scan
 * reads it while the rules run. */
export function storedFindings(
  executor: Executor,
  rules: readonly RuleDefinition[],
  previousRunId: string,
  read: 'content',
): Promise<StoredFinding[]>;
export function storedFindings(
  executor: Executor,
  rules: readonly RuleDefinition[],
  previousRunId: string,
  read: 'digests',
): Promise<StoredDigest[]>;
export function storedFindings(
  executor: Executor,
  rules: readonly RuleDefinition[],
  previousRunId: string,
  read: 'content' | 'digests',
): Promise<StoredDigest[]> {
  const params = { runId: previousRunId, ruleIds: rules.map((rule) => rule.id) };
  return read === 'content'
    ? readRows(executor, storedFinding, cypher('scan/run-findings.cypher'), params)
    : readRows(executor, storedDigest, cypher('scan/run-digests.cypher'), params);
}

/** Of the previous run's findings (storedFindings), those whose anchors were not evaluated again, as this run reports
 * them. */
export function carriedFindings(
  stored: readonly StoredFinding[],
  rules: readonly RuleDefinition[],
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  whole: ReadonlySet<string>,
  asOf: string,
): Finding[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const carried: Finding[] = [];
  for (const f of stored) {
    const rule = byId.get(f.ruleId);
    if (!rule || whole.has(rule.id) || anchors.get(rule.id)?.has(anchorOfSubjects(rule, f.subjects))) continue;
    carried.push({
      key: f.key,
      ruleId: rule.id,
      title: rule.title,
      severity: rule.severity,
      clause: rule.clause,
      message: f.message,
      subjects: f.subjects,
      evidence: readEvidenceText(f.evidence),
      remediation: rule.remediation,
      region: f.region,
      partnerId: f.partnerId,
      asOf,
    });
  }
  return carried;
}
