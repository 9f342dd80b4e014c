// What-if: writes a proposal in a transaction that is always rolled back, runs every rule before and after inside
// it, and reports the findings only the "after" graph has.
import type { RuleRow } from '../../rules/run-rule';
import { findingKey } from '../../scan/finding';
import type { ApiContext } from '../context';
import { graphChanged, type Proposal, validateProposal, writeProposal } from './proposals';

/** Two passes of the whole catalog run in this one transaction. */
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
  const findings = await context.executor
    .rollbackTransaction(
      async (tx) => {
        const before = new Set<string>();
        for (const rule of context.catalog) {
          for (const row of await tx.run<RuleRow>(rule.cypher, { asOf: date }))
            before.add(findingKey(rule.id, row.subjects));
        }
        await writeProposal(tx, proposal.collection, record);
        const created: ProposedFinding[] = [];
        for (const rule of context.catalog) {
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
