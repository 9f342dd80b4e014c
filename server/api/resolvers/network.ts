// NetworkNode: its violation flags come through the per-request loader, batched over every node drawn; a network's
// groups get theirs in one query for all of them.
import type { ApiContext } from '../context';
import { groupViolations, type Network, type NetworkNode } from '../data/network';

export const networkResolvers = {
  Network: {
    groups: (network: Network, _args: unknown, context: ApiContext) =>
      groupViolations(context.executor, network.groups),
  },
  NetworkNode: {
    violations: (node: NetworkNode, _args: unknown, context: ApiContext) =>
      context.loaders.violations.load({ kind: node.kind, id: node.id }),
  },
};
