// Scan history in Neo4j: each run with its counts, its findings and their evidence followed by key, and the comparison
// of two runs.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { readRows, runRows } from '../db/checked-rows';
import { cypher, inBatch, keepingPlan } from '../db/cypher-files';
import { cypherInt, type Executor } from '../db/executor';
import { NODE_LABELS } from '../model/graph-model';
import { type Finding, SEVERITIES, type Severity } from './finding';
import type { ScanResult } from './run-scan';
import { evidenceText } from './stored-evidence';

const BATCH = 2_000;
/** A carried finding is only its key: far more of them fit a statement. */
const CARRIED_BATCH = 20_000;

/** Evidence entities a finding is linked to with CONCERNS, so the explorer can flag them; fixed labels only. */
const LINKED_LABELS: readonly string[] = NODE_LABELS.filter((label) => label !== 'Country' && label !== 'Region');

/** A row of cypher/scan/list-runs.cypher: a recorded run and its counts. */
export const scanRunSummary = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  asOf: z.string(),
  catalogVersion: z.string(),
  ruleIds: z.array(z.string()),
  /** The findings of each rule of ruleIds, in its order (empty for runs recorded before this was kept). */
  ruleFindings: z.array(z.number()),
  total: z.number(),
  bySeverity: z.record(z.enum(SEVERITIES), z.number()),
});
export type ScanRunSummary = z.infer<typeof scanRunSummary>;

export const FINDING_CHANGES = ['new', 'still-open', 'resolved'] as const;
export type FindingChange = (typeof FINDING_CHANGES)[number];

/** A row of cypher/scan/compare-runs.cypher. */
const runComparisonRow = z.object({
  change: z.enum(FINDING_CHANGES),
  key: z.string(),
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
});
export type RunComparisonRow = z.infer<typeof runComparisonRow>;

/** A row of cypher/scan/record-carried.cypher: how many of the carried findings it found. */
const carriedRow = z.object({ carried: z.number() });
/** The id column of cypher/scan/latest-run.cypher and of previousRunId's statement. */
const idRow = z.object({ id: z.string() });
/** A row of cypher/scan/record-findings.cypher: a finding whose content must be written. */
const keyRow = z.object({ key: z.string() });

/** A finding as record-findings.cypher and write-finding-content.cypher take it; the digest covers everything stored
 * about it, so a finding whose digest is unchanged since the last run is not rewritten. */
function storedFinding(f: Finding) {
  const content = {
    severity: f.severity,
    title: f.title,
    message: f.message,
    subjects: f.subjects,
    region: f.region,
    partnerId: f.partnerId,
    evidence: evidenceText(f.evidence),
    entities: f.evidence.nodes.map(({ id, label }) => ({ id, label })),
  };
  const digest = createHash('sha256').update(JSON.stringify(content)).digest('base64');
  // The CONCERNS links it should have: an entity removed and imported again comes back without them.
  const linked = new Set(
    content.entities.filter((n) => LINKED_LABELS.includes(n.label)).map((n) => `${n.label}|${n.id}`),
  ).size;
  return { key: f.key, ruleId: f.ruleId, digest, linked, ...content };
}

/** Records a run and its findings in one transaction; returns the run id. */
export async function recordScan(executor: Executor, result: ScanResult): Promise<string> {
  const id = randomUUID();
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of result.findings) counts[finding.severity] += 1;
  await executor.writeTransaction(
    async (tx) => {
      // What the previous run stored tells a finding unchanged only while no other run was recorded since.
      const [latest] = result.stored ? await runRows(tx, idRow, cypher('scan/latest-run.cypher')) : [];
      const stored = latest && latest.id === result.stored?.runId ? result.stored.findings : undefined;
      await tx.run(cypher('scan/record-run.cypher'), {
        run: {
          id,
          startedAt: result.startedAt,
          finishedAt: result.finishedAt,
          asOf: result.asOf,
          catalogVersion: result.catalogVersion,
          ruleIds: result.ruleIds,
          ruleFindings: result.ruleIds.map((ruleId) => result.findings.filter((f) => f.ruleId === ruleId).length),
          ruleMs: result.ruleMs,
          kind: result.kind,
          regionTable: result.regionTable,
          watermark: result.watermark,
          total: result.findings.length,
          ...counts,
        },
      });
      // Carried findings, and findings found again exactly as the previous run stored them (the same digest, linked
      // to as many entities), need no content: only that this run found them.
      const evaluated: ReturnType<typeof storedFinding>[] = [];
      const unchanged: string[] = [];
      for (const finding of result.findings) {
        if (result.carried?.has(finding.key)) {
          unchanged.push(finding.key);
          continue;
        }
        const content = storedFinding(finding);
        const before = stored?.get(finding.key);
        if (before && before.digest === content.digest && before.linked === content.linked) unchanged.push(finding.key);
        else evaluated.push(content);
      }
      for (let start = 0; start < unchanged.length; start += CARRIED_BATCH) {
        const keys = unchanged.slice(start, start + CARRIED_BATCH);
        const [row] = await runRows(tx, carriedRow, keepingPlan(cypher('scan/record-carried.cypher')), {
          runId: id,
          ...inBatch({ keys }),
        });
        // They were read from the previous run moments ago; only a deletion meanwhile can lose one.
        const carriedNow = row?.carried ?? 0;
        if (carriedNow !== keys.length)
          throw new Error(`${keys.length - carriedNow} carried findings vanished while the run was recorded`);
      }
      for (let start = 0; start < evaluated.length; start += BATCH) {
        const batch = evaluated.slice(start, start + BATCH);
        const found = batch.map(({ key, ruleId, digest, linked }) => ({ key, ruleId, digest, linked }));
        const changed = new Set(
          (
            await runRows(tx, keyRow, keepingPlan(cypher('scan/record-findings.cypher')), {
              runId: id,
              ...inBatch({ findings: found }),
            })
          ).map((row) => row.key),
        );
        const rewritten = batch.filter((f) => changed.has(f.key));
        if (rewritten.length > 0)
          await tx.run(keepingPlan(cypher('scan/write-finding-content.cypher')), inBatch({ findings: rewritten }));
        for (const label of LINKED_LABELS) {
          const links = rewritten.flatMap((f) =>
            f.entities.filter((n) => n.label === label).map((n) => ({ key: f.key, id: n.id })),
          );
          if (links.length === 0) continue;
          // The label is one of the model's fixed labels (LINKED_LABELS), never text from a request.
          await tx.run(
            keepingPlan(`UNWIND $batch.links AS link
             MATCH (finding:Finding {key: link.key})
             MATCH (entity:${label} {id: link.id})
             MERGE (finding)-[:CONCERNS]->(entity)`),
            inBatch({ links }),
          );
        }
      }
      await tx.run(cypher('scan/resolve-missing.cypher'), { runId: id });
    },
    { timeoutMs: 600_000 },
  );
  return id;
}

export function listScanRuns(executor: Executor, limit = 20): Promise<ScanRunSummary[]> {
  return readRows(executor, scanRunSummary, cypher('scan/list-runs.cypher'), { limit: cypherInt(limit) });
}

/** The run recorded just before `runId`, if any. */
export async function previousRunId(executor: Executor, runId: string): Promise<string | undefined> {
  const [row] = await readRows(
    executor,
    idRow,
    `MATCH (run:ScanRun {id: $runId}), (before:ScanRun)
     WHERE before.startedAt < run.startedAt
     RETURN before.id AS id ORDER BY before.startedAt DESC LIMIT 1`,
    { runId },
  );
  return row?.id;
}

export function compareRuns(executor: Executor, fromId: string, toId: string): Promise<RunComparisonRow[]> {
  return readRows(executor, runComparisonRow, cypher('scan/compare-runs.cypher'), { fromId, toId });
}
