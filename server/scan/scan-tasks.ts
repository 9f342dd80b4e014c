// The units of work of a scan: each rule over the whole graph or from some anchors, and a slow rule of a full scan
// split into parts by its start points, so that the sessions of a scan finish together.
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import type { Executor } from '../db/executor';
import { NODE_LABELS, ROLE_LABELS } from '../model/graph-model';
import type { StartPart } from '../rules/anchors';
import type { RuleDefinition } from '../rules/catalog';

export interface ScanTask {
  rule: RuleDefinition;
  /** Start points to evaluate from; null: the whole graph (or `part` of it). */
  anchors: readonly string[] | null;
  /** One part of the rule's start points over the whole graph. */
  part?: StartPart;
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

/** A rule over the whole graph in one part per session, each reading its share of the label in store order. */
function partTasks(rule: RuleDefinition, sessions: number): ScanTask[] {
  return Array.from({ length: sessions }, (_, index) => ({ rule, anchors: null, part: { index, count: sessions } }));
}

/** Incremental: each rule from the anchors the changes touched (none: nothing to run), or whole when so many were
 * touched that the whole-graph statement is cheaper, in one part per session when its start clauses allow it. */
export function anchoredTasks(
  rules: readonly RuleDefinition[],
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  whole: ReadonlySet<string>,
  sessions = 1,
): ScanTask[] {
  return rules
    .flatMap((rule): ScanTask[] => {
      if (!whole.has(rule.id)) return [{ rule, anchors: [...(anchors.get(rule.id) ?? [])] }];
      return sessions > 1 && rule.anchor.partCypher ? partTasks(rule, sessions) : [{ rule, anchors: null }];
    })
    .filter((task) => task.anchors === null || task.anchors.length > 0)
    .sort((a, b) => (b.anchors?.length ?? Infinity) - (a.anchors?.length ?? Infinity));
}

/** Past this many start points a rule that cannot be split by node id (its start points are found by a `// @start`
 * block) runs whole, not in parts: seeking each of hundreds of thousands of customers or subscriptions by
 * id cost more than twice the whole-graph statement (measured at 1,000,000 customers). */
export const MAX_SPLIT_START_POINTS = 50_000;

/**
 * Full: the slowest rules of the previous full scan first. A rule that took more than a session's fair share of it
 * (1 / 2·sessions of the whole) runs as one part per session: its start points dealt out by internal node id, or,
 * for a rule whose start points a `// @start` block finds, their ids dealt out in turn (their costs are uneven). A
 * start point's findings do not depend on the others (docs/rules.md, Anchors), so the parts together find what the
 * whole-graph statement finds.
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
    if (rule.anchor.partCypher) {
      tasks.push(...partTasks(rule, sessions));
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
