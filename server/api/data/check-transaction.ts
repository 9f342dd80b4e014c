// What-if: the findings proposals would create. Only the anchored rules around the proposals run: the rules' rows at
// the anchors the proposals touch, after the proposals (written in a short transaction that is always rolled back)
// and before them (read-only), compared by finding key.
import type { Executor } from '../../db/executor';
import { type Touched, touchedTogether } from '../../rules/anchors';
import type { RuleDefinition } from '../../rules/catalog';
import { anchorsOfCatalog, runCatalogAnchored } from '../../rules/catalog-anchored';
import { findingKey, type Severity } from '../../scan/finding';
import { badInput } from '../errors';
import { graphChanged, type Proposal, proposalRecord, validateProposal, writeProposal } from './proposals';

/** The rolled-back write runs the anchored rules only, so it stays short; this bounds a pathological anchor. */
const CHECK_TIMEOUT_MS = 60_000;
/** The most proposals one batch may hold. */
export const MAX_BATCH_PROPOSALS = 200;

export interface ProposedFinding {
  key: string;
  ruleId: string;
  severity: Severity;
  message: string;
  subjects: string[];
  region: string | null;
  partnerId: string | null;
}

export interface TransactionCheck {
  asOf: string;
  compliant: boolean;
  findings: ProposedFinding[];
}

export interface BatchCheck {
  asOf: string;
  /** All proposals written together. */
  together: TransactionCheck;
  /** Each proposal on its own, in the order given. */
  proposals: TransactionCheck[];
}

/** What a what-if needs: the database and the catalog. */
export interface CheckContext {
  executor: Executor;
  catalog: readonly RuleDefinition[];
}

/**
 * What a proposal touches: the relationship it adds (by type, both ends), or the subscription itself and each of the
 * relationships it is written with. Its parties do not change themselves.
 */
export function touchedBy(proposal: Proposal, record: Record<string, unknown>): Touched {
  const ids = (...values: unknown[]) => values.filter((value): value is string => typeof value === 'string');
  switch (proposal.collection) {
    case 'supplies':
      return { links: { SUPPLIES: { Partner: ids(record.providerId, record.resellerId) } } };
    case 'resellerRelationships':
      return { links: { SELLS_TO: { Partner: ids(record.partnerId), Customer: ids(record.customerId) } } };
    case 'managementRelationships':
      return { links: { MANAGES: { Partner: ids(record.partnerId), Customer: ids(record.customerId) } } };
    case 'subscriptions': {
      const subscription = ids(record.id);
      return {
        Subscription: subscription,
        links: {
          FOR: { Subscription: subscription, Customer: ids(record.customerId) },
          BILLED_BY: { Subscription: subscription, Partner: ids(record.billedById) },
          RESELLER_OF_RECORD: { Subscription: subscription, Partner: ids(record.resellerOfRecordId) },
          PROVISIONED_ON: { Subscription: subscription, Tenant: ids(record.tenantId) },
        },
      };
    }
  }
}

/** The findings the proposals (already validated into records) create when written together. */
async function newFindings(
  context: CheckContext,
  proposals: readonly { proposal: Proposal; record: Record<string, unknown> }[],
  asOf: string,
): Promise<ProposedFinding[]> {
  const touched = touchedTogether(proposals.map(({ proposal, record }) => touchedBy(proposal, record)));
  // After: the anchors are read in the changed graph, where every start point the proposals can alter is reachable
  // from what they touch (docs/rules.md, Anchors); every rule's search, then every rule's anchored statement, is one
  // statement (catalog-anchored.ts), so the rolled-back write stays a few round trips long.
  const { catalog } = context;
  const { after, before } = await context.executor
    .rollbackTransaction(
      async (tx) => {
        for (const { proposal, record } of proposals) await writeProposal(tx, proposal.collection, record);
        const anchors = await anchorsOfCatalog(tx, catalog, touched, asOf);
        const rows = await runCatalogAnchored(tx, catalog, anchors, asOf);
        const found = catalog
          .map((rule) => ({ rule, anchors: anchors.get(rule.id) ?? [], rows: rows.get(rule.id) ?? [] }))
          .filter((run) => run.rows.length > 0);
        if (found.length === 0) return { after: found, before: undefined };
        // Before: the rules that found something, from the same anchors, in the graph as it is (a read of its own,
        // which does not see this transaction's write), read while this one is rolled back.
        const foundAnchors = new Map(found.map((run) => [run.rule.id, run.anchors]));
        const reading = runCatalogAnchored(
          { run: (query, params) => context.executor.read(query, params) },
          catalog,
          foundAnchors,
          asOf,
        );
        // Awaited below; a rollback that fails first must not leave it unhandled.
        reading.catch(() => {});
        return { after: found, before: reading };
      },
      { timeoutMs: CHECK_TIMEOUT_MS },
    )
    .catch((error: unknown) => {
      throw graphChanged(error, proposals[0]?.proposal as Proposal);
    });
  if (!before) return [];
  const previous = await before;
  const created: ProposedFinding[] = [];
  for (const { rule, rows } of after) {
    const existing = new Set((previous.get(rule.id) ?? []).map((row) => findingKey(rule.id, row.subjects)));
    for (const row of rows) {
      const key = findingKey(rule.id, row.subjects);
      if (existing.has(key)) continue;
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
}

function outcome(asOf: string, findings: ProposedFinding[]): TransactionCheck {
  return { asOf, compliant: findings.length === 0, findings };
}

/** The findings one proposal would create, as of `asOf` (default: the day it takes effect). */
export async function checkTransaction(
  context: CheckContext,
  proposal: Proposal,
  asOf: string | null | undefined,
): Promise<TransactionCheck> {
  const { record, againstGraph } = proposalRecord(proposal);
  const date = asOf ?? proposal.date;
  // The check against the graph and the what-if run side by side, a round trip less: a proposal naming what the graph
  // lacks is refused by the first, whatever the second (whose write is rolled back) found or failed with.
  const checking = newFindings(context, [{ proposal, record }], date);
  checking.catch(() => {});
  await againstGraph(context.executor);
  return outcome(date, await checking);
}

/**
 * Proposals checked together and one by one, as of `asOf` (default: the latest day one of them takes effect, so all
 * are in effect). Every proposal is validated first; any invalid one refuses the batch.
 */
export async function checkTransactions(
  context: CheckContext,
  proposals: readonly Proposal[],
  asOf: string | null | undefined,
): Promise<BatchCheck> {
  if (proposals.length === 0) throw badInput('Give at least one proposal');
  if (proposals.length > MAX_BATCH_PROPOSALS) {
    throw badInput(`Give at most ${MAX_BATCH_PROPOSALS} proposals in one batch, not ${proposals.length}`);
  }
  const validated = [];
  for (const proposal of proposals)
    validated.push({ proposal, record: await validateProposal(context.executor, proposal) });
  const date = asOf ?? proposals.map((proposal) => proposal.date).reduce((a, b) => (a > b ? a : b));
  const together = outcome(date, await newFindings(context, validated, date));
  const each = [];
  for (const one of validated) each.push(outcome(date, await newFindings(context, [one], date)));
  return { asOf: date, together, proposals: each };
}
