// A proposed relationship or subscription as an import record, checked exactly as the importer checks records, and
// written with the importer's own statements.
import { randomUUID } from 'node:crypto';
import { DatabaseError, type Executor, type Tx } from '../../db/executor';
import { checkAgainstGraph, checkWithinImport } from '../../import/check-import';
import { ImportError, type ImportIssue } from '../../import/import-error';
import type { ImportSource } from '../../import/import-source';
import { validateRecords } from '../../import/validate-records';
import { writeBatch } from '../../import/write-batch';
import { badInput, notFound } from '../errors';

/** The import collections a what-if or an added relationship may hold. */
export const PROPOSAL_COLLECTIONS = [
  'supplies',
  'resellerRelationships',
  'managementRelationships',
  'subscriptions',
] as const;
export type ProposalCollection = (typeof PROPOSAL_COLLECTIONS)[number];

export interface Proposal {
  collection: ProposalCollection;
  /** The input field it came from, for messages. */
  field: string;
  record: Record<string, unknown>;
  /** When it takes effect: the relationship's start, or the subscription's creation. */
  date: string;
}

/** GraphQL gives explicit nulls; the import format means "none" by leaving a field out. */
function withoutNulls(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}

/** The one field of a @oneOf input, as an import record. */
export function toProposal(input: Record<string, Record<string, unknown> | null | undefined>): Proposal {
  const [entry] = Object.entries(input).filter(([, value]) => value);
  if (!entry) throw badInput('Give exactly one of the proposal fields');
  const [field, value] = entry as [string, Record<string, unknown>];
  switch (field) {
    case 'supply':
      return { collection: 'supplies', field, record: withoutNulls(value), date: String(value.since) };
    case 'resellerRelationship':
      return { collection: 'resellerRelationships', field, record: withoutNulls(value), date: String(value.since) };
    case 'managementRelationship': {
      const { managementKind, ...rest } = value;
      return {
        collection: 'managementRelationships',
        field,
        record: withoutNulls({ ...rest, kind: managementKind }),
        date: String(value.since),
      };
    }
    case 'subscription':
      return {
        collection: 'subscriptions',
        field,
        record: withoutNulls({ ...value, id: value.id ?? `proposed-${randomUUID()}` }),
        date: String(value.createdOn),
      };
    default:
      throw badInput(`'${field}' is not a kind of proposal`);
  }
}

function refused(proposal: Proposal, problems: readonly ImportIssue[]) {
  const list = problems.map((issue) => `${issue.field ? `${issue.field} ` : ''}${issue.reason}`).join('; ');
  return badInput(`The ${proposal.field} is not valid: ${list}`, {
    issues: problems.map(({ record: at, field, reason }) => ({ record: at, field, reason })),
  });
}

/** A proposal checked as far as the record alone shows, or BAD_USER_INPUT listing every problem: the record as the
 * importer would write it (defaults applied), and the check against the graph still to make (what it names exists),
 * which throws BAD_USER_INPUT the same way. */
export function proposalRecord(proposal: Proposal): {
  record: Record<string, unknown>;
  againstGraph: (executor: Executor) => Promise<void>;
} {
  const source: ImportSource = {
    records: { [proposal.collection]: [{ at: { file: 'input', record: proposal.field }, value: proposal.record }] },
    issues: [],
  };
  const { valid, issues } = validateRecords(source);
  const problems = [...issues, ...checkWithinImport(valid)];
  const [record] = valid[proposal.collection];
  if (problems.length > 0 || !record) throw refused(proposal, problems);
  return {
    record: record.value as Record<string, unknown>,
    againstGraph: async (executor) => {
      const missing = await checkAgainstGraph(executor, valid, source);
      if (missing.length > 0) throw refused(proposal, missing);
    },
  };
}

/** The record as the importer would write it (defaults applied), or BAD_USER_INPUT listing every problem. */
export async function validateProposal(executor: Executor, proposal: Proposal): Promise<Record<string, unknown>> {
  const { record, againstGraph } = proposalRecord(proposal);
  await againstGraph(executor);
  return record;
}

/** Writes the record with the importer's own statements (an upsert keyed like the import's); its transaction is
 * its undo, so it carries no batch tag. */
export async function writeProposal(tx: Tx, collection: ProposalCollection, record: Record<string, unknown>) {
  await writeBatch(tx, { collection, action: 'write', rows: [record] }, { batch: null, fresh: false });
}

/** A write that found an entity gone since the proposal was checked: the graph changed in between. */
export function graphChanged(error: unknown, proposal: Proposal): unknown {
  if (error instanceof DatabaseError && error.cause instanceof ImportError) {
    return notFound(`The ${proposal.field} names an entity that no longer exists`);
  }
  return error;
}
