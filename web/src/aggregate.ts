// What the view can bear: large groups of entities around one hub become a single node ("2,315 customers").
import { type EntityKind, type PartnerRole, type RelationshipType, SEVERITIES, type Severity } from './api-shapes';
import { countedNoun, primaryRole } from './entity-words';
import type { GraphData, GraphEdge, GraphNode } from './graph-data';

/** Groups larger than this are drawn as one node until opened. */
export const DEFAULT_GROUP_THRESHOLD = 25;

export interface AggregateNode {
  /** The group id, also the element id. */
  key: string;
  hubKey: string;
  kind: EntityKind;
  role: PartnerRole | null;
  relationship: RelationshipType;
  /** Entities the node stands for. */
  count: number;
  /** True when some of the group is already drawn beside it ("340 more customers"). */
  partial: boolean;
  /** The hub is the source of the group's relationships (a provider SUPPLIES its resellers). */
  hubIsSource: boolean;
  /** Members with open findings, and the worst severity among them (known for groups the API counted). */
  flagged: number;
  severity: Severity | null;
  label: string;
}

export interface VisibleGraph {
  rootKey: string | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
  aggregates: AggregateNode[];
}

export interface VisibleOptions {
  /** Group ids the user opened. */
  opened: ReadonlySet<string>;
  /** Entities never folded away (the evidence on show, the selection). */
  pinned?: ReadonlySet<string>;
  threshold?: number;
}

export function groupId(hubKey: string, kind: EntityKind, role: PartnerRole | null, relationship: RelationshipType) {
  return `group:${hubKey}|${kind}|${role ?? ''}|${relationship}`;
}

interface Leaf {
  hub: string;
  edge: GraphEdge;
}

/** Nodes other than the root with exactly one neighbour, and the edge to it (the first, when several link them). */
function leavesOf(graph: GraphData, nodes: ReadonlyMap<string, GraphNode>, edges: readonly GraphEdge[]) {
  const neighbours = new Map<string, Set<string>>();
  const firstEdge = new Map<string, GraphEdge>();
  const note = (key: string, other: string, edge: GraphEdge) => {
    const set = neighbours.get(key);
    if (set) set.add(other);
    else neighbours.set(key, new Set([other]));
    if (!firstEdge.has(key)) firstEdge.set(key, edge);
  };
  for (const edge of edges) {
    note(edge.source, edge.target, edge);
    note(edge.target, edge.source, edge);
  }
  const leaves = new Map<string, Leaf>();
  for (const key of nodes.keys()) {
    const set = neighbours.get(key);
    const edge = firstEdge.get(key);
    if (key === graph.rootKey || !set || set.size !== 1 || !edge) continue;
    const [hub] = set as Set<string>;
    if (hub !== undefined) leaves.set(key, { hub, edge });
  }
  return leaves;
}

/** Keeps the nodes the starts still reach once groups are folded (a folded reseller takes its customers along). */
function reachableFrom(
  starts: readonly string[],
  nodes: ReadonlySet<string>,
  edges: readonly GraphEdge[],
): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = adjacent.get(from);
    if (list) list.push(to);
    else adjacent.set(from, [to]);
  };
  for (const edge of edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const seen = new Set(starts);
  const queue = [...seen];
  for (let index = 0; index < queue.length; index += 1) {
    for (const next of adjacent.get(queue[index] as string) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * The graph as drawn: the members of a group larger than the threshold are folded into one aggregate node unless
 * the user opened the group; an opened group whose members are not all loaded keeps an aggregate for the rest.
 * Groups come from the data (a provider tree knows each reseller's customer count) or, for a neighbourhood, from
 * entities of one kind hanging off one hub and nothing else.
 */
export function visibleGraph(graph: GraphData, options: VisibleOptions): VisibleGraph {
  const threshold = options.threshold ?? DEFAULT_GROUP_THRESHOLD;
  const pinned = options.pinned ?? new Set<string>();
  const hidden = new Set<string>();
  const aggregates: AggregateNode[] = [];
  const grouped = new Set<string>();

  const addAggregate = (aggregate: Omit<AggregateNode, 'label'>) => {
    const label = `${aggregate.partial ? '+' : ''}${countedNoun(aggregate.count, aggregate.kind, aggregate.role)}`;
    aggregates.push({ ...aggregate, label });
  };

  for (const group of graph.groups.values()) {
    if (!graph.nodes.has(group.hubKey)) continue;
    const members = group.memberKeys.filter((key) => graph.nodes.has(key));
    for (const key of members) grouped.add(key);
    const opened = options.opened.has(group.id);
    // A group the network counted draws the few members it brought, beside one node for the rest.
    const fold = !opened && group.hubIsSource === undefined && group.total > threshold;
    const stay = fold ? members.filter((key) => pinned.has(key)) : members;
    if (fold) for (const key of members) if (!pinned.has(key)) hidden.add(key);
    // The API counts a network group's relationships (a reseller supplied twice counts twice): so are the drawn ones.
    const drawnLinks =
      group.hubIsSource === undefined
        ? stay.length
        : [...graph.edges.values()].filter(
            (edge) =>
              edge.type === group.relationship &&
              (group.hubIsSource
                ? edge.source === group.hubKey && stay.includes(edge.target)
                : edge.target === group.hubKey && stay.includes(edge.source)),
          ).length;
    const count = group.total - drawnLinks;
    if (count > 0) {
      addAggregate({
        key: group.id,
        hubKey: group.hubKey,
        kind: group.kind,
        role: group.role,
        relationship: group.relationship,
        count,
        partial: stay.length > 0,
        hubIsSource: group.hubIsSource ?? true,
        flagged: group.violations?.flaggedMembers ?? 0,
        severity: group.violations?.maxSeverity ?? null,
      });
    }
  }

  const edges = [...graph.edges.values()];
  const implicit = new Map<string, { hub: string; edge: GraphEdge; node: GraphNode; members: string[] }>();
  for (const [key, leaf] of leavesOf(graph, graph.nodes, edges)) {
    const node = graph.nodes.get(key);
    if (!node || grouped.has(key) || pinned.has(key)) continue;
    const id = groupId(leaf.hub, node.kind, primaryRole(node.roles), leaf.edge.type);
    const entry = implicit.get(id);
    if (entry) entry.members.push(key);
    else implicit.set(id, { hub: leaf.hub, edge: leaf.edge, node, members: [key] });
  }
  for (const [id, entry] of implicit) {
    if (entry.members.length <= threshold || options.opened.has(id)) continue;
    for (const key of entry.members) hidden.add(key);
    const flaggedMembers = entry.members.flatMap((key) => {
      const violations = graph.nodes.get(key)?.violations;
      return violations?.maxSeverity ? [violations.maxSeverity] : [];
    });
    addAggregate({
      key: id,
      hubKey: entry.hub,
      kind: entry.node.kind,
      role: primaryRole(entry.node.roles),
      relationship: entry.edge.type,
      count: entry.members.length,
      partial: false,
      hubIsSource: entry.edge.source === entry.hub,
      flagged: flaggedMembers.length,
      severity: SEVERITIES.find((severity) => flaggedMembers.includes(severity)) ?? null,
    });
  }

  let shown = new Set([...graph.nodes.keys()].filter((key) => !hidden.has(key)));
  // Pinned entities (evidence drawn from elsewhere in the graph) stay even when the root does not reach them.
  if (graph.rootKey && shown.has(graph.rootKey)) {
    shown = reachableFrom([graph.rootKey, ...[...pinned].filter((key) => shown.has(key))], shown, edges);
  }
  return {
    rootKey: graph.rootKey,
    nodes: [...shown].map((key) => graph.nodes.get(key) as GraphNode),
    edges: edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target)),
    aggregates: aggregates.filter((aggregate) => shown.has(aggregate.hubKey)),
  };
}
