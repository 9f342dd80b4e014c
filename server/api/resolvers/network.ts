// NetworkNode: its violation flags come through the per-request loader, batched over every node drawn; a network's
// groups get theirs in one query for all of them.
import { groupViolations } from '../data/network';
import type { Resolvers } from '../generated/resolver-types';

export const networkResolvers: Resolvers = {
  Network: {
    groups: (network, _args, context) => groupViolations(context.executor, network.groups),
  },
  NetworkNode: {
    violations: (node, _args, context) => context.loaders.violations.load({ kind: node.kind, id: node.id }),
  },
};
