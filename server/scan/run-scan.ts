// The scan engine: runs the rule catalog (or part of it) as of a date and turns rule rows into findings.
import { createHash } from 'node:crypto';
import { type Executor, isTransactionTimeout } from '../db/executor';
import type { RuleDefinition } from '../rules/catalog';
import { type RuleRow, runRule } from '../rules/run-rule';
import { isRealDate } from '../shared/dates';
import { inParallel } from '../shared/in-parallel';
import { compareFindings, type Finding, findingKey } from './finding';
import {
  anchoredBudgets,
  carriedFindings,
  rulesCheaperWhole,
  rulesToRunWhole,
  storedFindings,
  touchedAnchors,
  wholeGraphThresholds,
} from './incremental-scan';
import { planScan, scanStart } from './scan-plan';
import { anchoredTasks, fullTasks, type ScanTask } from './scan-tasks';

export interface RuleTiming {
  ruleId: string;
  findings: number;
  ms: number;
}

export interface ScanResult {
  asOf: string;
  startedAt: string;
  finishedAt: string;
  catalogVersion: string;
  ruleIds: string[];
  findings: Finding[];
  timings: RuleTiming[];
  /** Whole graph, or only the anchors the changes since the previous run touched, with the rest carried over. */
  kind: 'full' | 'incremental';
  /** Why this kind, as the CLI says it. */
  reason: string;
  /** The region table in force and the watermark of changes this run may not have seen (incremental-scan.ts). */
  regionTable: string | null;
  watermark: string;
  /** The time each rule took in the last full scan, in ruleIds' order: a later scan starts the slowest first. */
  ruleMs: number[];
  /** Keys of the findings an incremental scan carried over from the previous run as they were stored: recording
   * them needs no content, only that this run found them. */
  carried?: ReadonlySet<string>;
  /** What the previous run (`runId`) stored of each of its findings, by key: the digest of its content and the number
   * of entities it is linked to. While that run is still the latest, a finding found again with both unchanged is
   * recorded as a carried one is. */
  stored?: { runId: string; findings: ReadonlyMap<string, { digest: string | null; linked: number }> };
  /** The rules an incremental scan ran whole: so many changes reached them, or their anchors outran their budget. */
  ranWhole?: string[];
  /** Where the time went, in ms: planning (what changed), finding the touched anchors, evaluating the rules, and
   * carrying findings over (what of their read, made while the rules run, outlasts the rules). */
  phases?: { plan: number; anchors: number; rules: number; carried: number };
}

export interface ScanOptions {
  asOf: string;
  /** Only these rules (ids); all of the catalog when absent. */
  ruleIds?: readonly string[];
  /** Each rule is cancelled after this long (Settings.scanRuleTimeoutMs); the executor's query timeout otherwise. */
  ruleTimeoutMs?: number;
  /** Rules evaluated side by side, each in its own session (default SCAN_CONCURRENCY). */
  concurrency?: number;
  onRuleDone?: (done: number, total: number, timing: RuleTiming) => void;
  /** Build on the previous run when it allows (docs/change-tracking.md); a full scan otherwise. */
  incremental?: boolean;
  /** Every rule's budget for its anchor search and its anchored run, instead of anchoredBudgets'. */
  anchoredBudgetMs?: number;
  /** The estimate of an anchored run's cost per touched entity, instead of ANCHORED_MS_PER_TOUCHED. */
  anchoredMsPerTouched?: number;
}

/** A scan keeps the local Neo4j's two cores busy: a rule's query runs on one core, so one rule at a time leaves the
 * other idle (docs/benchmarks.md, full scan). */
export const SCAN_CONCURRENCY = 2;

export class ScanError extends Error {
  override name = 'ScanError';
}

/** A short fingerprint of the catalog's rule texts: findings of two runs compare only under the same catalog. */
export function catalogVersion(catalog: readonly RuleDefinition[]): string {
  const hash = createHash('sha256');
  for (const rule of [...catalog].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`${rule.id}\n${rule.source}\n`);
  return hash.digest('hex').slice(0, 12);
}

export function selectRules(catalog: readonly RuleDefinition[], ruleIds?: readonly string[]): RuleDefinition[] {
  if (!ruleIds || ruleIds.length === 0) return [...catalog];
  const known = new Map(catalog.map((rule) => [rule.id, rule]));
  const unknown = ruleIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ScanError(`Unknown rule id(s): ${unknown.join(', ')}. Known rules: ${[...known.keys()].join(', ')}`);
  }
  return ruleIds.map((id) => known.get(id) as RuleDefinition);
}

function toFinding(rule: RuleDefinition, row: RuleRow, asOf: string): Finding {
  return {
    key: findingKey(rule.id, row.subjects),
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    clause: rule.clause,
    message: row.message,
    subjects: row.subjects,
    evidence: { nodes: row.nodes, edges: row.edges },
    remediation: rule.remediation,
    region: row.region,
    partnerId: row.partnerId,
    asOf,
  };
}

export async function runScan(
  executor: Executor,
  catalog: readonly RuleDefinition[],
  options: ScanOptions,
): Promise<ScanResult> {
  if (!isRealDate(options.asOf))
    throw new ScanError(`The as-of date must be a real date like 2026-06-30, got '${options.asOf}'`);
  const rules = selectRules(catalog, options.ruleIds);
  const version = catalogVersion(catalog);
  const startedAt = new Date().toISOString();
  const clock = { at: performance.now() };
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - clock.at);
    clock.at = now;
    return ms;
  };
  const start = await scanStart(executor);
  const plan = await planScan(
    executor,
    { ruleIds: rules.map((rule) => rule.id), catalogVersion: version, asOf: options.asOf, full: !options.incremental },
    start,
  );
  const planMs = lap();
  const previousMs = new Map(plan.previous?.ruleIds.map((id, index) => [id, plan.previous?.ruleMs?.[index] ?? 0]));
  const thresholds = plan.kind === 'incremental' ? await wholeGraphThresholds(executor, rules) : new Map();
  const budgets =
    options.anchoredBudgetMs === undefined
      ? anchoredBudgets(rules, previousMs)
      : new Map(rules.map((rule) => [rule.id, options.anchoredBudgetMs as number]));
  const sessions = options.concurrency ?? SCAN_CONCURRENCY;
  // Rules that so many changes reach that their whole run is the cheaper one skip the search for anchors.
  const cheaperWhole =
    plan.kind === 'incremental'
      ? rulesCheaperWhole(rules, plan.touched, previousMs, options.anchoredMsPerTouched)
      : new Set<string>();
  const touched =
    plan.kind === 'incremental'
      ? await touchedAnchors(
          executor,
          rules.filter((rule) => !cheaperWhole.has(rule.id)),
          plan,
          options.asOf,
          thresholds,
          budgets,
          sessions,
        )
      : undefined;
  const anchors = touched?.anchors;
  const anchorsMs = lap();
  const whole = anchors ? rulesToRunWhole(rules, anchors, thresholds) : new Set<string>();
  for (const id of [...(touched?.overBudget ?? []), ...cheaperWhole]) whole.add(id);
  const tasks = anchors
    ? anchoredTasks(rules, anchors, whole, sessions)
    : await fullTasks(executor, rules, previousMs, sessions);
  const findings: Finding[] = [];
  const work = new Map(rules.map((rule) => [rule.id, { findings: 0, ms: 0, parts: 0 }]));
  const partsOf = (ruleId: string) => tasks.filter((task) => task.rule.id === ruleId).length;
  const timings: RuleTiming[] = [];
  // Read beside the rules; which of them are carried over is decided once every rule has run (one may run whole). A
  // full scan reads only what tells the findings it finds unchanged since the previous run.
  const stored =
    plan.kind === 'incremental' && anchors ? storedFindings(executor, rules, plan.previous.id, 'content') : undefined;
  const digests = !stored && plan.previous ? storedFindings(executor, rules, plan.previous.id, 'digests') : stored;
  // A failing rule must not leave these reads' failures unhandled.
  digests?.catch(() => {});
  const evaluate = async ({ rule, anchors: taskAnchors, part }: ScanTask) => {
    const started = performance.now();
    const ruleTimeoutMs = options.ruleTimeoutMs;
    const budget = anchors && taskAnchors !== null ? budgets.get(rule.id) : undefined;
    const run = (anchorIds: readonly string[] | null, timeoutMs: number | undefined) =>
      runRule(executor, rule, options.asOf, {
        anchors: anchorIds,
        ...(part && anchorIds === null ? { part } : {}),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
    let rows: RuleRow[];
    if (budget === undefined || (ruleTimeoutMs !== undefined && ruleTimeoutMs <= budget))
      rows = await run(taskAnchors, ruleTimeoutMs);
    else {
      // An incremental run's rule that outruns its budget runs whole instead, and then carries nothing over.
      try {
        rows = await run(taskAnchors, budget);
      } catch (error) {
        if (!isTransactionTimeout(error)) throw error;
        whole.add(rule.id);
        rows = await run(null, ruleTimeoutMs);
      }
    }
    for (const row of rows) findings.push(toFinding(rule, row, options.asOf));
    const done = work.get(rule.id) as { findings: number; ms: number; parts: number };
    done.findings += rows.length;
    done.ms += performance.now() - started;
    done.parts += 1;
    if (done.parts === partsOf(rule.id)) {
      const timing = { ruleId: rule.id, findings: done.findings, ms: done.ms };
      timings.push(timing);
      options.onRuleDone?.(timings.length, rules.length, timing);
    }
  };
  await inParallel(tasks, sessions, evaluate);
  // A rule an incremental scan had nothing to evaluate for took no time and found nothing new.
  for (const rule of rules) {
    if (!timings.some((t) => t.ruleId === rule.id)) {
      timings.push({ ruleId: rule.id, findings: 0, ms: 0 });
      options.onRuleDone?.(timings.length, rules.length, timings.at(-1) as RuleTiming);
    }
  }
  timings.sort((a, b) => rules.findIndex((r) => r.id === a.ruleId) - rules.findIndex((r) => r.id === b.ruleId));
  const rulesMs = lap();
  const carried = new Set<string>();
  const storedState = new Map<string, { digest: string | null; linked: number }>();
  for (const { key, digest, linked } of (await digests) ?? []) storedState.set(key, { digest, linked });
  if (stored && anchors) {
    const found = new Set(findings.map((f) => f.key));
    for (const finding of carriedFindings(await stored, rules, anchors, whole, options.asOf)) {
      if (found.has(finding.key)) continue;
      findings.push(finding);
      carried.add(finding.key);
    }
  }
  return {
    asOf: options.asOf,
    startedAt,
    finishedAt: new Date().toISOString(),
    catalogVersion: version,
    ruleIds: rules.map((rule) => rule.id),
    findings: findings.sort(compareFindings),
    timings,
    kind: plan.kind,
    reason: plan.reason,
    regionTable: start.regionTable,
    watermark: start.watermark,
    ruleMs: timings.map((t) => Math.round(plan.kind === 'full' ? t.ms : (previousMs.get(t.ruleId) ?? 0))),
    carried,
    ...(plan.previous ? { stored: { runId: plan.previous.id, findings: storedState } } : {}),
    ...(plan.kind === 'incremental'
      ? { ranWhole: rules.filter((rule) => whole.has(rule.id)).map((rule) => rule.id) }
      : {}),
    phases: { plan: planMs, anchors: anchorsMs, rules: rulesMs, carried: lap() },
  };
}
