// What-if: writes a proposal in a transaction that is always rolled back, runs the rules the write could change
// before and after inside it, and reports the findings only the "after" graph has.
import { rulesAffectedBy } from '../../rules/rule-reads';
import type { RuleRow } from '../../rules/run-rule';
import { findingKey } from '../../scan/finding';
import type { ApiContext } from '../context';
import { graphChanged, type Proposal, validateProposal, writeProposal } from './proposals';

/** Two passes of (at most) the whole catalog run in this one transaction. */
const CHECK_TIMEOUT_MS = 300_000;

export interface ProposedFinding {
  key: string;
  ruleId: string;
  severity: string;
  message: string;
  subjects: string[];
  region: string | null;
  partnerId: string | null;
}

export async function checkTransaction(
  context: ApiContext,
  proposal: Proposal,
  asOf: string | null | undefined,
): Promise<{ asOf: string; compliant: boolean; findings: ProposedFinding[] }> {
  const record = await validateProposal(context.executor, proposal);
  const date = asOf ?? proposal.date;
  // Skipping the other rules is sound: a rule is a function of the graph and $asOf, the write changes only nodes of
  // the labels and relationships of the types its import statements name (rule-reads.ts), and a skipped rule reads
  // none of them, nothing it cannot name (untyped relationships, unlabelled nodes, procedures) and no property key
  // the write sets; so its "after" rows equal its "before" rows and it could add no finding.
  const rules = rulesAffectedBy(context.catalog, proposal.collection);
  const findings = await context.executor
    .rollbackTransaction(
      async (tx) => {
        const before = new Set<string>();
        for (const rule of rules) {
          for (const row of await tx.run<RuleRow>(rule.cypher, { asOf: date }))
            before.add(findingKey(rule.id, row.subjects));
        }
        await writeProposal(tx, proposal.collection, record);
        const created: ProposedFinding[] = [];
        for (const rule of rules) {
          for (const row of await tx.run<RuleRow>(rule.cypher, { asOf: date })) {
            const key = findingKey(rule.id, row.subjects);
            if (before.has(key)) continue;
            created.push({
              key,
              ruleId: rule.id,
              severity: rule.severity,
              message: row.message,
              subjects: row.subjects,
              region: row.region,
              partnerId: row.partnerId,
            });
          }
        }
        return created;
      },
      { timeoutMs: CHECK_TIMEOUT_MS },
    )
    .catch((error: unknown) => {
      throw graphChanged(error, proposal);
    });
  return { asOf: date, compliant: findings.length === 0, findings };
}
