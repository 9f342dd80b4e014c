// Rule: a catalog entry with the count of its open findings.
import type { Resolvers } from '../generated/resolver-types';

export const ruleResolvers: Resolvers = {
  Rule: {
    openFindings: async (rule, _args, context) =>
      (await context.loaders.openFindingCounts())
        .filter((row) => row.ruleId === rule.id)
        .reduce((sum, row) => sum + row.count, 0),
  },
  ProposedFinding: {
    rule: (finding, _args, context) => context.catalog.find((rule) => rule.id === finding.ruleId) ?? null,
  },
};
