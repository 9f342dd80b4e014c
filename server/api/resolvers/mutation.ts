// Every change the API makes; each one is checked, applied all or nothing, and recorded in the audit trail.
import { createApiKey, keyNameProblem, revokeApiKey } from '../auth/api-keys';
import type { Role } from '../auth/roles';
import { describeScope, readScope, type Scope, ScopeError } from '../auth/scope';
import type { ApiContext } from '../context';
import { recordAudit } from '../data/audit';
import { checkTransaction, checkTransactions } from '../data/check-transaction';
import { importCsvFiles, importJsonDocument } from '../data/imports';
import { toProposal } from '../data/proposals';
import { addRelationship, type EndRequest, endRelationship } from '../data/relationships';
import { runAndRecordScan } from '../data/scans';
import { triageFinding } from '../data/triage';
import { badInput, notFound } from '../errors';
import type { UploadedFile } from './scalars';

type OneOf = Record<string, Record<string, unknown> | null | undefined>;

export const mutationResolvers = {
  Mutation: {
    importDocument: (_root: unknown, args: { document: unknown; dryRun?: boolean | null }, context: ApiContext) =>
      importJsonDocument(context, args.document, args.dryRun ?? false),
    importCsv: (_root: unknown, args: { files: UploadedFile[]; dryRun?: boolean | null }, context: ApiContext) =>
      importCsvFiles(context, args.files, args.dryRun ?? false),

    checkTransaction: (_root: unknown, args: { proposal: OneOf; asOf?: string | null }, context: ApiContext) =>
      checkTransaction(context, toProposal(args.proposal), args.asOf),
    checkTransactions: (_root: unknown, args: { proposals: OneOf[]; asOf?: string | null }, context: ApiContext) =>
      checkTransactions(context, args.proposals.map(toProposal), args.asOf),

    addRelationship: (_root: unknown, args: { input: OneOf }, context: ApiContext) =>
      addRelationship(context, toProposal(args.input)),
    endRelationship: (_root: unknown, args: { input: EndRequest }, context: ApiContext) =>
      endRelationship(context, args.input),

    runScan: async (
      _root: unknown,
      args: { asOf?: string | null; ruleIds?: string[] | null; full?: boolean | null },
      context: ApiContext,
    ) => {
      const { runId, comparison, kind, reason } = await runAndRecordScan(
        context,
        args.asOf ?? context.today,
        args.ruleIds,
        args.full ?? false,
      );
      return { run: () => context.loaders.scanRun.load(runId), comparison, kind: kind.toUpperCase(), reason };
    },

    acknowledgeFinding: (_root: unknown, args: { key: string; note?: string | null }, context: ApiContext) =>
      triageFinding(context, args.key, 'acknowledge', { note: args.note ?? null }),
    waiveFinding: (_root: unknown, args: { key: string; reason: string; until: string }, context: ApiContext) =>
      triageFinding(context, args.key, 'waive', { reason: args.reason, until: args.until }),
    reopenFinding: (_root: unknown, args: { key: string }, context: ApiContext) =>
      triageFinding(context, args.key, 'reopen'),

    createApiKey: async (
      _root: unknown,
      args: { name: string; role: Role; scope?: { providers?: string[] | null; regions?: string[] | null } | null },
      context: ApiContext,
    ) => {
      const problem = keyNameProblem(args.name);
      if (problem) throw badInput(problem);
      let scope: Scope | null = null;
      if (args.scope) {
        // GraphQL passes the field left out as absent, one given as null as null: both mean "not this kind".
        const given = Object.fromEntries(Object.entries(args.scope).filter(([, value]) => value != null));
        try {
          scope = readScope(given, 'scope');
        } catch (error) {
          if (error instanceof ScopeError) throw badInput(error.message);
          throw error;
        }
      }
      const created = await createApiKey(context.executor, {
        name: args.name,
        role: args.role,
        createdBy: context.principal.id,
        scope,
      });
      await recordAudit(context, {
        action: 'api-key.create',
        outcome: 'succeeded',
        target: created.key.id,
        details: { name: args.name, role: args.role, scope: describeScope(scope) },
      });
      return created;
    },
    revokeApiKey: async (_root: unknown, args: { id: string }, context: ApiContext) => {
      const revoked = await revokeApiKey(context.executor, args.id);
      if (!revoked) throw notFound(`No API key has the id '${args.id}'`);
      context.authenticator.forgetKey(args.id);
      await recordAudit(context, { action: 'api-key.revoke', outcome: 'succeeded', target: args.id });
      return revoked;
    },
  },
};
