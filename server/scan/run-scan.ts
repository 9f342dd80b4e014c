// The scan engine: runs the rule catalog (or part of it) as of a date and turns rule rows into findings.
import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor';
import { isRealDate } from '../import/import-schema';
import type { RuleDefinition } from '../rules/catalog';
import { runRule } from '../rules/run-rule';
import { compareFindings, type Finding, findingKey } from './finding';

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
}

export interface ScanOptions {
  asOf: string;
  /** Only these rules (ids); all of the catalog when absent. */
  ruleIds?: readonly string[];
  /** Each rule is cancelled after this long (Settings.scanRuleTimeoutMs); the executor's query timeout otherwise. */
  ruleTimeoutMs?: number;
  onRuleDone?: (done: number, total: number, timing: RuleTiming) => void;
}

export class ScanError extends Error {
  override name = 'ScanError';
}

/** A short fingerprint of the catalog's rule texts: findings of two runs compare only under the same catalog. */
export function catalogVersion(catalog: readonly RuleDefinition[]): string {
  const hash = createHash('sha256');
  for (const rule of [...catalog].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`${rule.id}\n${rule.source}\n`);
  return hash.digest('hex').slice(0, 12);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
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

export async function runScan(
  executor: Executor,
  catalog: readonly RuleDefinition[],
  options: ScanOptions,
): Promise<ScanResult> {
  if (!isRealDate(options.asOf))
    throw new ScanError(`The as-of date must be a real date like 2026-06-30, got '${options.asOf}'`);
  const rules = selectRules(catalog, options.ruleIds);
  const startedAt = new Date().toISOString();
  const findings: Finding[] = [];
  const timings: RuleTiming[] = [];
  for (const rule of rules) {
    const started = performance.now();
    const rows = await runRule(
      executor,
      rule,
      options.asOf,
      options.ruleTimeoutMs === undefined ? {} : { timeoutMs: options.ruleTimeoutMs },
    );
    for (const row of rows) {
      findings.push({
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
        asOf: options.asOf,
      });
    }
    const timing = { ruleId: rule.id, findings: rows.length, ms: performance.now() - started };
    timings.push(timing);
    options.onRuleDone?.(timings.length, rules.length, timing);
  }
  return {
    asOf: options.asOf,
    startedAt,
    finishedAt: new Date().toISOString(),
    catalogVersion: catalogVersion(catalog),
    ruleIds: rules.map((rule) => rule.id),
    findings: findings.sort(compareFindings),
    timings,
  };
}
