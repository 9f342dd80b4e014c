// NetworkNode: its violation flags come through the per-request loader, batched over every node drawn.
import type { ApiContext } from '../context';
import type { NetworkNode } from '../data/network';

export const networkResolvers = {
  NetworkNode: {
    violations: (node: NetworkNode, _args: unknown, context: ApiContext) =>
      context.loaders.violations.load({ kind: node.kind, id: node.id }),
  },
};
