// A provider's supply chain (provider -> resellers -> customers) from the API's providerTree, as explorer graph data.

import { groupId } from './aggregate';
import type { GroupPage, ProviderTree, TreeMember, TreeSale, TreeSupply } from './api-types';
import {
  entityKey,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type MemberGroup,
  toGraphEdge,
  toGraphNode,
} from './graph-data';

function toNode(member: TreeMember): GraphNode {
  return { ...member, key: entityKey(member.kind, member.id) };
}

function relationshipEdge(
  type: 'SUPPLIES' | 'SELLS_TO',
  source: string,
  target: string,
  dated: { since: string; until: string | null; active: boolean },
): GraphEdge {
  return {
    key: `${type}:${source}>${target}:${dated.since}`,
    type,
    source,
    target,
    active: dated.active,
    since: dated.since,
    until: dated.until,
  };
}

export function resellersGroupId(providerKey: string): string {
  return groupId(providerKey, 'PARTNER', 'INDIRECT_RESELLER', 'SUPPLIES');
}

export function customersGroupId(partnerKey: string): string {
  return groupId(partnerKey, 'CUSTOMER', null, 'SELLS_TO');
}

/** The nodes and edges of sales from one partner, to add to its customer group. */
export function salesParts(partnerKey: string, sales: readonly TreeSale[]) {
  const nodes = sales.map((sale) => toNode(sale.customer));
  const edges = sales.map((sale, index) =>
    relationshipEdge('SELLS_TO', partnerKey, (nodes[index] as GraphNode).key, sale),
  );
  return { nodes, edges };
}

/** The nodes and edges of supplies from one provider, each reseller with its first customers and their group. */
export function suppliesParts(providerKey: string, supplies: readonly TreeSupply[]) {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const groups: MemberGroup[] = [];
  for (const supply of supplies) {
    const reseller = toNode(supply.reseller);
    nodes.push(reseller);
    edges.push(relationshipEdge('SUPPLIES', providerKey, reseller.key, supply));
    const sales = salesParts(reseller.key, supply.customers.sales);
    nodes.push(...sales.nodes);
    edges.push(...sales.edges);
    groups.push({
      id: customersGroupId(reseller.key),
      hubKey: reseller.key,
      kind: 'CUSTOMER',
      role: null,
      relationship: 'SELLS_TO',
      total: supply.customers.totalCount,
      memberKeys: sales.nodes.map((node) => node.key),
      cursor: supply.customers.hasNextPage ? supply.customers.endCursor : null,
    });
  }
  return { nodes, edges, groups };
}

export function graphFromProviderTree(tree: ProviderTree): GraphData {
  const provider = toNode(tree.provider);
  const supplied = suppliesParts(provider.key, tree.resellers.supplies);
  const direct = salesParts(provider.key, tree.directCustomers.sales);
  const groups: MemberGroup[] = [
    ...supplied.groups,
    {
      id: resellersGroupId(provider.key),
      hubKey: provider.key,
      kind: 'PARTNER',
      role: 'INDIRECT_RESELLER',
      relationship: 'SUPPLIES',
      total: tree.resellers.totalCount,
      memberKeys: tree.resellers.supplies.map((supply) => entityKey(supply.reseller.kind, supply.reseller.id)),
      cursor: tree.resellers.hasNextPage ? tree.resellers.endCursor : null,
    },
    {
      id: customersGroupId(provider.key),
      hubKey: provider.key,
      kind: 'CUSTOMER',
      role: null,
      relationship: 'SELLS_TO',
      total: tree.directCustomers.totalCount,
      memberKeys: direct.nodes.map((node) => node.key),
      cursor: tree.directCustomers.hasNextPage ? tree.directCustomers.endCursor : null,
    },
  ];
  const nodes = [provider, ...supplied.nodes, ...direct.nodes];
  const edges = [...supplied.edges, ...direct.edges];
  return {
    rootKey: provider.key,
    nodes: new Map(nodes.map((node) => [node.key, node])),
    edges: new Map(edges.map((edge) => [edge.key, edge])),
    broughtBy: new Map(),
    groups: new Map(groups.map((group) => [group.id, group])),
    omittedNodes: 0,
  };
}

/** Adds one more loaded page to a group: its members, their edges, and (for resellers) their own customer groups. */
export function addGroupPage(
  graph: GraphData,
  id: string,
  page: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[]; groups?: readonly MemberGroup[] },
  cursor: string | null,
): GraphData {
  const group = graph.groups.get(id);
  if (!group) return graph;
  const nodes = new Map(graph.nodes);
  for (const node of page.nodes) if (!nodes.has(node.key)) nodes.set(node.key, node);
  const edges = new Map(graph.edges);
  for (const edge of page.edges) edges.set(edge.key, edge);
  const groups = new Map(graph.groups);
  for (const inner of page.groups ?? []) if (!groups.has(inner.id)) groups.set(inner.id, inner);
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
