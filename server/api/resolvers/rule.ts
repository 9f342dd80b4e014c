// Rule: a catalog entry with the count of its open findings.
import type { RuleDefinition } from '../../rules/catalog';
import type { ApiContext } from '../context';

export const ruleResolvers = {
  Rule: {
    openFindings: async (rule: RuleDefinition, _args: unknown, context: ApiContext) =>
      (await context.loaders.openFindingCounts())
        .filter((row) => row.ruleId === rule.id)
        .reduce((sum, row) => sum + row.count, 0),
  },
  ProposedFinding: {
    rule: (finding: { ruleId: string }, _args: unknown, context: ApiContext) =>
      context.catalog.find((rule) => rule.id === finding.ruleId) ?? null,
  },
};
