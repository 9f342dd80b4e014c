// The region and role filters applied to the graph: what they hide, and what they never hide (root, evidence).
import type { GraphData } from './graph-data';
import type { Filters } from './view-state';

/**
 * Keeps entities of the chosen regions (entities without a region, such as organizations, stay) and partner
 * accounts holding one of the chosen roles. The root and `pinned` entities (the evidence on show, the selection)
 * always stay, so a filter never hides what the user is looking at.
 */
export function filterGraph(graph: GraphData, filters: Filters, pinned: ReadonlySet<string>): GraphData {
  const regions = new Set(filters.regions);
  const roles = new Set(filters.roles);
  if (regions.size === 0 && roles.size === 0) return graph;
  const nodes = new Map(
    [...graph.nodes].filter(([key, node]) => {
      if (key === graph.rootKey || pinned.has(key)) return true;
      if (regions.size > 0 && node.region !== null && !regions.has(node.region)) return false;
      if (roles.size > 0 && node.kind === 'PARTNER' && !node.roles.some((role) => roles.has(role))) return false;
      return true;
    }),
  );
  const edges = new Map([...graph.edges].filter(([, edge]) => nodes.has(edge.source) && nodes.has(edge.target)));
  return { ...graph, nodes, edges };
}
