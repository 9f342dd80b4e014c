// The units of work of a scan: each rule over the whole graph or from some anchors, and a slow rule of a full scan
// split into parts by its start points, so that the sessions of a scan finish together.
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import type { Executor } from '../db/executor';
import { NODE_LABELS, ROLE_LABELS } from '../model/graph-model';
import type { RuleDefinition } from '../rules/catalog';

export interface ScanTask {
  rule: RuleDefinition;
  /** Start points to evaluate from; null: the whole graph. */
  anchors: readonly string[] | null;
}

/** Labels a rule's start points may have; a label goes into a query only from this list. */
export const START_LABELS: readonly string[] = [...NODE_LABELS, ...Object.values(ROLE_LABELS)];

const countRow = z.object({ n: z.number() });
const idRow = z.object({ id: z.string() });

/** How many nodes have the label, one of START_LABELS (the only way a label goes into this query). */
export async function startPointCount(executor: Executor, label: string): Promise<number> {
  if (!START_LABELS.includes(label)) throw new Error(`${label} is not a label start points may have`);
  const [row] = await readRows(executor, countRow, `MATCH (n:${label}) RETURN count(n) AS n`);
  return row?.n ?? 0;
}

/** Incremental: each rule from the anchors the changes touched (none: nothing to run), or whole when so many were
 * touched that the whole-graph statement is cheaper. */
export function anchoredTasks(
  rules: readonly RuleDefinition[],
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  whole: ReadonlySet<string>,
): ScanTask[] {
  return rules
    .map((rule) => ({ rule, anchors: whole.has(rule.id) ? null : [...(anchors.get(rule.id) ?? [])] }))
    .filter((task) => task.anchors === null || task.anchors.length > 0)
    .sort((a, b) => (b.anchors?.length ?? Infinity) - (a.anchors?.length ?? Infinity));
}

/** Past this many start points a rule runs whole, not in parts: seeking each of hundreds of thousands of customers or
 * subscriptions by id cost more than twice the whole-graph statement (measured at 1,000,000 customers). */
export const MAX_SPLIT_START_POINTS = 50_000;

/**
 * Full: the slowest rules of the previous full scan first. A rule that took more than a session's fair share of it
 * (1 / 2·sessions of the whole) runs as one part per session, its start points dealt out in turn (their costs are
 * uneven); an anchored run of a start point finds exactly that start point's findings (docs/rules.md, Anchors), so
 * the parts together find what the whole-graph statement finds.
 */
export async function fullTasks(
  executor: Executor,
  rules: readonly RuleDefinition[],
  previousMs: ReadonlyMap<string, number>,
  sessions: number,
): Promise<ScanTask[]> {
  const ordered = [...rules].sort((a, b) => (previousMs.get(b.id) ?? 0) - (previousMs.get(a.id) ?? 0));
  const total = [...previousMs.values()].reduce((sum, ms) => sum + ms, 0);
  const tasks: ScanTask[] = [];
  for (const rule of ordered) {
    const labels = new Set(rule.anchor.starts.map((start) => start.label));
    const [label] = labels;
    const slow = sessions > 1 && total > 0 && (previousMs.get(rule.id) ?? 0) > total / (2 * sessions);
    if (!slow || labels.size !== 1 || !label || !START_LABELS.includes(label)) {
      tasks.push({ rule, anchors: null });
      continue;
    }
    if ((await startPointCount(executor, label)) > MAX_SPLIT_START_POINTS) {
      tasks.push({ rule, anchors: null });
      continue;
    }
    // The label is one of the model's (START_LABELS), never text from a request.
    const ids = (await readRows(executor, idRow, `MATCH (n:${label}) RETURN n.id AS id`)).map((row) => row.id);
    for (let part = 0; part < sessions; part++) {
      tasks.push({ rule, anchors: ids.filter((_, index) => index % sessions === part) });
    }
  }
  return tasks;
}
