// Adding and ending dated relationships (supply, reseller, management), each change recorded in the audit trail in
// the same transaction.
import { z } from 'zod';
import { runRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import { MANAGEMENT_KINDS, type ManagementKind, SUPPLY_STATES, type SupplyState } from '../../model/graph-model';
import { CHANGE_TRANSACTION_TIMEOUT_MS } from '../../scan/scan-plan';
import type { ApiContext } from '../context';
import { badInput, notFound } from '../errors';
import { recordAudit } from './audit';
import { graphChanged, type Proposal, validateProposal, writeProposal } from './proposals';

export type DatedRelationshipType = 'SUPPLIES' | 'SELLS_TO' | 'MANAGES';

export interface RelationshipView {
  type: DatedRelationshipType;
  fromId: string;
  toId: string;
  since: string;
  until: string | null;
  managementKind: ManagementKind | null;
  state: SupplyState | null;
}

const TYPE_OF: Record<string, DatedRelationshipType> = {
  supplies: 'SUPPLIES',
  resellerRelationships: 'SELLS_TO',
  managementRelationships: 'MANAGES',
};

/** One statement per type, so the relationship type in the Cypher is fixed text. */
const END_STATEMENTS: Record<DatedRelationshipType, string> = {
  SUPPLIES: 'api/changes/end-supply.cypher',
  SELLS_TO: 'api/changes/end-sale.cypher',
  MANAGES: 'api/changes/end-management.cypher',
};

function describe(type: DatedRelationshipType, fromId: string, toId: string, since: string): string {
  return `${type} ${fromId} -> ${toId} since ${since}`;
}

export async function addRelationship(context: ApiContext, proposal: Proposal): Promise<RelationshipView> {
  const type = TYPE_OF[proposal.collection];
  if (!type) throw badInput(`'${proposal.field}' is not a relationship`);
  const record = await validateProposal(context.executor, proposal);
  const fromId = String(record.providerId ?? record.partnerId);
  const toId = String(record.resellerId ?? record.customerId);
  const view: RelationshipView = {
    type,
    fromId,
    toId,
    since: String(record.since),
    until: (record.until as string | undefined) ?? null,
    managementKind: (record.kind as ManagementKind | undefined) ?? null,
    state: (record.state as SupplyState | undefined) ?? null,
  };
  await context.executor
    .writeTransaction(
      async (tx) => {
        await writeProposal(tx, proposal.collection, record);
        await recordAudit(
          context,
          {
            action: 'relationship.add',
            outcome: 'succeeded',
            target: describe(type, fromId, toId, view.since),
            details: record,
          },
          tx,
        );
      },
      { timeoutMs: CHANGE_TRANSACTION_TIMEOUT_MS },
    )
    .catch((error: unknown) => {
      throw graphChanged(error, proposal);
    });
  return view;
}

/** A row of cypher/api/changes/end-*.cypher: the ended relationship's dates, and its state (a supply) or kind (a
 * management relationship); the statements of the other types have no such column. */
const endedRow = z.object({
  since: z.string(),
  until: z.string(),
  state: z.enum(SUPPLY_STATES).nullish(),
  kind: z.enum(MANAGEMENT_KINDS).nullish(),
});

export interface EndRequest {
  type: DatedRelationshipType;
  fromId: string;
  toId: string;
  since: string;
  until: string;
  managementKind?: ManagementKind | null;
}

export async function endRelationship(context: ApiContext, request: EndRequest): Promise<RelationshipView> {
  if (request.until < request.since) {
    throw badInput(`until ${request.until} is before since ${request.since}`);
  }
  if ((request.type === 'MANAGES') !== Boolean(request.managementKind)) {
    throw badInput('managementKind identifies a MANAGES relationship: give it for MANAGES and only for it');
  }
  const target = describe(request.type, request.fromId, request.toId, request.since);
  const ended = await context.executor.writeTransaction(
    async (tx) => {
      const [row] = await runRows(tx, endedRow, cypher(END_STATEMENTS[request.type]), {
        fromId: request.fromId,
        toId: request.toId,
        since: request.since,
        until: request.until,
        kind: request.managementKind ?? null,
      });
      if (row) {
        await recordAudit(
          context,
          { action: 'relationship.end', outcome: 'succeeded', target, details: { until: request.until } },
          tx,
        );
      }
      return row;
    },
    { timeoutMs: CHANGE_TRANSACTION_TIMEOUT_MS },
  );
  if (!ended) throw notFound(`No ${target} exists`);
  return {
    type: request.type,
    fromId: request.fromId,
    toId: request.toId,
    since: ended.since,
    until: ended.until,
    managementKind: ended.kind ?? null,
    state: ended.state ?? null,
  };
}
