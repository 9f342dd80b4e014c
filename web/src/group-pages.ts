// Pages of a group's members added to the explorer's graph data, as the API's groupMembers gives them.
import type { GroupPage } from './api-shapes';
import { type GraphData, type GraphEdge, type GraphNode, toGraphEdge, toGraphNode } from './graph-data';

/** Adds one more loaded page to a group: its members and their edges; `cursor` says where the next page starts. */
export function addGroupPage(
  graph: GraphData,
  id: string,
  page: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
  cursor: string | null,
): GraphData {
  const group = graph.groups.get(id);
  if (!group) return graph;
  const nodes = new Map(graph.nodes);
  for (const node of page.nodes) if (!nodes.has(node.key)) nodes.set(node.key, node);
  const edges = new Map(graph.edges);
  for (const edge of page.edges) edges.set(edge.key, edge);
  const groups = new Map(graph.groups);
  const added = page.nodes.filter((node) => node.kind === group.kind).map((node) => node.key);
  const memberKeys = [...new Set([...group.memberKeys, ...added])];
  groups.set(id, { ...group, memberKeys, cursor });
  return { ...graph, nodes, edges, groups };
}

/** Adds a page of a group the network counted (from the API's groupMembers); the cursor says where the next starts. */
export function addNetworkGroupPage(graph: GraphData, id: string, page: GroupPage): GraphData {
  // The API keys entities as Kind:id, the explorer as KIND:id.
  const keyOf = (apiKey: string) => {
    const colon = apiKey.indexOf(':');
    return `${apiKey.slice(0, colon).toUpperCase()}${apiKey.slice(colon)}`;
  };
  const nodes = page.nodes.map(toGraphNode);
  const edges = page.edges.map((edge) => toGraphEdge(edge, keyOf(edge.from), keyOf(edge.to)));
  return addGroupPage(graph, id, { nodes, edges }, page.hasNextPage ? page.endCursor : null);
}
