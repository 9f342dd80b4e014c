// The explorer's graph in memory: entities and relationships from API results, merged as the user expands and collapses.
import {
  ENTITY_KINDS,
  type EntityKind,
  type Network,
  type NetworkEdge,
  type NetworkNode,
  type PartnerRole,
  type RelationshipType,
  type Severity,
} from './api-shapes';

export interface GraphNode extends NetworkNode {
  /** `KIND:id`, unique in the view; also the Cytoscape element id. */
  key: string;
}

export interface GraphEdge {
  key: string;
  type: RelationshipType;
  source: string;
  target: string;
  active: boolean;
  since: string | null;
  until: string | null;
}

/**
 * Entities of one kind around a hub whose full number is known but which need not all be loaded: a reseller's
 * customers, a provider's resellers. The explorer draws them as one node until the user opens the group.
 */
export interface MemberGroup {
  id: string;
  hubKey: string;
  kind: EntityKind;
  role: PartnerRole | null;
  relationship: RelationshipType;
  total: number;
  memberKeys: string[];
  /** Where the next page starts, or null when every member is loaded. */
  cursor: string | null;
  /** Set for groups the network counted: the hub is the relationships' start; pages come from groupMembers. */
  hubIsSource?: boolean;
  /** Members with open findings and the worst severity among them, as the API counted them. */
  violations?: { flaggedMembers: number; maxSeverity: Severity | null };
}

export interface GraphData {
  rootKey: string | null;
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  /**
   * For nodes that an expansion brought in: the expansions (node keys, or `finding:<key>`) that did; also for the
   * relationships a finding's evidence alone drew.
   */
  broughtBy: ReadonlyMap<string, ReadonlySet<string>>;
  groups: ReadonlyMap<string, MemberGroup>;
  /** Entities the API left out of the first load to stay within its limit. */
  omittedNodes: number;
}

export function entityKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id of an element key; ids may themselves contain colons, kinds never do. */
export function parseEntityKey(key: string): { kind: EntityKind; id: string } | null {
  const colon = key.indexOf(':');
  if (colon <= 0) return null;
  const kind = key.slice(0, colon) as EntityKind;
  return ENTITY_KINDS.includes(kind) ? { kind, id: key.slice(colon + 1) } : null;
}

export function emptyGraph(): GraphData {
  return {
    rootKey: null,
    nodes: new Map(),
    edges: new Map(),
    broughtBy: new Map(),
    groups: new Map(),
    omittedNodes: 0,
  };
}

export function toGraphNode(node: NetworkNode): GraphNode {
  return {
    key: entityKey(node.kind, node.id),
    id: node.id,
    kind: node.kind,
    name: node.name,
    roles: node.roles,
    region: node.region,
    country: node.country,
    cloud: node.cloud,
    violations: node.violations,
  };
}

/** The id of a group the network counted: incoming relationships are told apart from outgoing ones. */
export function networkGroupId(hubKey: string, kind: EntityKind, relationship: RelationshipType, hubIsSource: boolean) {
  return `group:${hubKey}|${kind}||${relationship}${hubIsSource ? '' : '|in'}`;
}

/** A provider's resellers and a reseller's providers read better by their role than as "partner accounts". */
function groupRole(relationship: RelationshipType, hubIsSource: boolean): PartnerRole | null {
  if (relationship !== 'SUPPLIES') return null;
  return hubIsSource ? 'INDIRECT_RESELLER' : 'INDIRECT_PROVIDER';
}

/** The groups of a network with members left out, with the members it drew (met over the group's relationship). */
function networkGroups(
  network: Network,
  keyOf: ReadonlyMap<string, string>,
  nodes: ReadonlyMap<string, GraphNode>,
  edges: readonly GraphEdge[],
): MemberGroup[] {
  return network.groups.flatMap((group) => {
    const hubKey = keyOf.get(group.hub);
    if (!hubKey) return [];
    const members = edges
      .filter((edge) => edge.type === group.relationship && (group.hubIsSource ? edge.source : edge.target) === hubKey)
      .map((edge) => (group.hubIsSource ? edge.target : edge.source))
      .filter((key) => nodes.get(key)?.kind === group.kind);
    return [
      {
        id: networkGroupId(hubKey, group.kind, group.relationship, group.hubIsSource),
        hubKey,
        kind: group.kind,
        role: groupRole(group.relationship, group.hubIsSource),
        relationship: group.relationship,
        total: group.total,
        memberKeys: [...new Set(members)],
        // Empty: the first page is still to load (groupMembers pages from the start).
        cursor: '',
        hubIsSource: group.hubIsSource,
        violations: group.violations,
      },
    ];
  });
}

/** Nodes and edges of an API network in the explorer's keys (the API keys its own way; edges follow the nodes). */
export function networkParts(network: Network): { nodes: GraphNode[]; edges: GraphEdge[]; groups: MemberGroup[] } {
  const keyOf = new Map<string, string>();
  const nodes: GraphNode[] = [];
  for (const node of [network.root, ...network.nodes]) {
    const converted = toGraphNode(node);
    keyOf.set(node.key, converted.key);
    nodes.push(converted);
  }
  const edges: GraphEdge[] = [];
  for (const edge of network.edges) {
    const source = keyOf.get(edge.from);
    const target = keyOf.get(edge.to);
    if (!source || !target) continue;
    edges.push(toGraphEdge(edge, source, target));
  }
  const groups = networkGroups(network, keyOf, new Map(nodes.map((node) => [node.key, node])), edges);
  return { nodes, edges, groups };
}

export function toGraphEdge(edge: NetworkEdge, source: string, target: string): GraphEdge {
  return {
    key: `${edge.type}:${source}>${target}:${edge.since ?? ''}`,
    type: edge.type,
    source,
    target,
    active: edge.active,
    since: edge.since,
    until: edge.until,
  };
}

export function graphFromNetwork(network: Network): GraphData {
  const { nodes, edges, groups } = networkParts(network);
  return {
    rootKey: entityKey(network.root.kind, network.root.id),
    nodes: new Map(nodes.map((node) => [node.key, node])),
    edges: new Map(edges.map((edge) => [edge.key, edge])),
    broughtBy: new Map(),
    groups: new Map(groups.map((group) => [group.id, group])),
    omittedNodes: network.omittedNodes,
  };
}

/** Adds the nodes and edges of a network; nodes not drawn before remember that `origin` brought them. */
export function mergeNetwork(graph: GraphData, network: Network, origin: string): GraphData {
  const { nodes, edges, groups } = networkParts(network);
  const merged = mergeParts(graph, nodes, edges, origin);
  const nextGroups = new Map(merged.groups);
  for (const group of groups) if (!nextGroups.has(group.id)) nextGroups.set(group.id, group);
  return { ...merged, groups: nextGroups };
}

function mergeParts(
  graph: GraphData,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  origin: string,
): GraphData {
  const nextNodes = new Map(graph.nodes);
  const broughtBy = new Map(graph.broughtBy);
  for (const node of nodes) {
    if (!nextNodes.has(node.key)) {
      nextNodes.set(node.key, node);
      broughtBy.set(node.key, new Set([origin]));
    } else {
      const by = broughtBy.get(node.key);
      if (by && !by.has(origin)) broughtBy.set(node.key, new Set([...by, origin]));
    }
  }
  const nextEdges = new Map(graph.edges);
  for (const edge of edges) {
    if (nextNodes.has(edge.source) && nextNodes.has(edge.target)) nextEdges.set(edge.key, edge);
  }
  return { ...graph, nodes: nextNodes, edges: nextEdges, broughtBy };
}

/**
 * Adds a finding's evidence: its entities not drawn yet, and its relationships not drawn yet. Both remember that
 * `origin` brought them, so removeOrigin takes back the relationships drawn only for the evidence as well.
 */
export function mergeEvidence(
  graph: GraphData,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  origin: string,
): GraphData {
  const merged = mergeParts(graph, nodes, [], origin);
  const nextEdges = new Map(merged.edges);
  const broughtBy = new Map(merged.broughtBy);
  for (const edge of edges) {
    if (nextEdges.has(edge.key) || !merged.nodes.has(edge.source) || !merged.nodes.has(edge.target)) continue;
    nextEdges.set(edge.key, edge);
    broughtBy.set(edge.key, new Set([origin]));
  }
  return { ...merged, edges: nextEdges, broughtBy };
}

/**
 * Takes back what `origin` brought: nodes that only it brought leave, with their edges, and so do relationships
 * only it drew. Nodes of the first load, and nodes another expansion also brought, stay.
 */
export function removeOrigin(graph: GraphData, origin: string): GraphData {
  const nodes = new Map(graph.nodes);
  const broughtBy = new Map(graph.broughtBy);
  const gone = new Set<string>();
  for (const [key, by] of graph.broughtBy) {
    if (!by.has(origin)) continue;
    const rest = new Set(by);
    rest.delete(origin);
    if (rest.size > 0) {
      broughtBy.set(key, rest);
    } else {
      broughtBy.delete(key);
      if (key !== graph.rootKey) {
        nodes.delete(key);
        gone.add(key);
      }
    }
  }
  const edges = new Map(
    [...graph.edges].filter(([key, edge]) => !gone.has(key) && nodes.has(edge.source) && nodes.has(edge.target)),
  );
  const groups = new Map(
    [...graph.groups]
      .filter(([, group]) => nodes.has(group.hubKey))
      .map(([id, group]) => [id, { ...group, memberKeys: group.memberKeys.filter((key) => nodes.has(key)) }]),
  );
  return { ...graph, nodes, edges, broughtBy, groups };
}
