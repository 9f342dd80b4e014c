// Every change the API makes; each one is checked, applied all or nothing, and recorded in the audit trail.
import { createApiKey, keyNameProblem, revokeApiKey } from '../auth/api-keys';
import { describeScope, readScope, type Scope, ScopeError } from '../auth/scope';
import { recordAudit } from '../data/audit';
import { checkTransaction, checkTransactions } from '../data/check-transaction';
import { importCsvFiles, importJsonDocument } from '../data/imports';
import { toProposal } from '../data/proposals';
import { addRelationship, endRelationship } from '../data/relationships';
import { runAndRecordScan } from '../data/scans';
import { triageFinding } from '../data/triage';
import { badInput, notFound } from '../errors';
import type { Resolvers } from '../generated/resolver-types';

export const mutationResolvers: Resolvers = {
  Mutation: {
    importDocument: (_root, args, context) => importJsonDocument(context, args.document, args.dryRun ?? false),
    importCsv: (_root, args, context) => importCsvFiles(context, args.files, args.dryRun ?? false),

    checkTransaction: (_root, args, context) => checkTransaction(context, toProposal(args.proposal), args.asOf),
    checkTransactions: (_root, args, context) => checkTransactions(context, args.proposals.map(toProposal), args.asOf),

    addRelationship: (_root, args, context) => addRelationship(context, toProposal(args.input)),
    endRelationship: (_root, args, context) => endRelationship(context, args.input),

    runScan: async (_root, args, context) => {
      const { runId, comparison, kind, reason } = await runAndRecordScan(
        context,
        args.asOf ?? context.today,
        args.ruleIds,
        args.full ?? false,
      );
      return { run: () => context.loaders.scanRun.load(runId), comparison, kind, reason };
    },

    acknowledgeFinding: (_root, args, context) =>
      triageFinding(context, args.key, 'acknowledge', { note: args.note ?? null }),
    waiveFinding: (_root, args, context) =>
      triageFinding(context, args.key, 'waive', { reason: args.reason, until: args.until }),
    reopenFinding: (_root, args, context) => triageFinding(context, args.key, 'reopen'),

    createApiKey: async (_root, args, context) => {
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
    revokeApiKey: async (_root, args, context) => {
      const revoked = await revokeApiKey(context.executor, args.id);
      if (!revoked) throw notFound(`No API key has the id '${args.id}'`);
      context.authenticator.forgetKey(args.id);
      await recordAudit(context, { action: 'api-key.revoke', outcome: 'succeeded', target: args.id });
      return revoked;
    },
  },
};
