// The neighbourhood of an entity, level by level up to a depth, capped at a number of nodes; and the shortest path
// between two entities. Both come out as nodes and edges ready to draw.
import { cypher } from '../../db/cypher-files';
import type { Executor } from '../../db/executor';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../model/graph-model';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { type LocatedEntity, locateEntity } from './entities';
import { ENTITY_KINDS, type EntityKind } from './rows';

export const NETWORK_MAX_DEPTH = 3;
export const NETWORK_MAX_LIMIT = 2000;
export const PATH_MAX_LENGTH = 10;

/** The relationships between entities: the region table's (IN_COUNTRY, IN_REGION) would tie everything together. */
export const ENTITY_RELATIONSHIP_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter(
  (type) => type !== 'IN_COUNTRY' && type !== 'IN_REGION',
);

export interface NetworkFilter {
  kinds?: EntityKind[] | null;
  relationshipTypes?: RelationshipType[] | null;
  activeOn?: string | null;
  onlyActive?: boolean | null;
}

export interface NetworkNode {
  key: string;
  elementId: string;
  id: string;
  kind: EntityKind;
  name: string;
  roles: string[];
  region: string | null;
  country: string | null;
  cloud: string | null;
}

export interface NetworkEdge {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  active: boolean;
  since: string | null;
  until: string | null;
  managementKind: string | null;
  share: number | null;
}

export interface Network {
  root: NetworkNode;
  depth: number;
  limit: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
  omittedNodes: number;
  omittedEdges: number;
}

function wholeNumberIn(value: number, min: number, max: number, name: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

/** The nodes as a network draws them, in the order of the element ids given (those still in the graph). */
export async function describeNodes(executor: Executor, elementIds: string[]): Promise<NetworkNode[]> {
  const rows = await executor.read<Omit<NetworkNode, 'key'>>(cypher('api/network/node-details.cypher'), {
    ids: elementIds,
  });
  const byElementId = new Map(rows.map((row) => [row.elementId, { ...row, key: `${row.kind}:${row.id}` }]));
  return elementIds.flatMap((elementId) => byElementId.get(elementId) ?? []);
}

async function describeEdges(
  context: ApiContext,
  relationshipIds: string[],
  activeOn: string,
  nodes: readonly NetworkNode[],
): Promise<NetworkEdge[]> {
  if (relationshipIds.length === 0) return [];
  const keyOf = new Map(nodes.map((node) => [node.elementId, node.key]));
  const rows = await context.executor.read<NetworkEdge & { elementId: string }>(
    cypher('api/network/edge-details.cypher'),
    { ids: relationshipIds, activeOn },
  );
  return rows.map(({ elementId, from, to, ...edge }) => ({
    ...edge,
    key: elementId,
    from: keyOf.get(from) ?? from,
    to: keyOf.get(to) ?? to,
  }));
}

export async function buildNetwork(
  context: ApiContext,
  request: {
    rootId: string;
    rootKind?: EntityKind | null;
    depth: number;
    limit: number;
    filter?: NetworkFilter | null;
  },
): Promise<Network> {
  wholeNumberIn(request.depth, 1, NETWORK_MAX_DEPTH, 'depth');
  wholeNumberIn(request.limit, 1, NETWORK_MAX_LIMIT, 'limit');
  const root = await locateEntity(context, request.rootId, request.rootKind, 'rootId');
  const filter = request.filter ?? {};
  const kinds = filter.kinds?.length ? filter.kinds : [...ENTITY_KINDS];
  const params = {
    types: filter.relationshipTypes?.length ? filter.relationshipTypes : ENTITY_RELATIONSHIP_TYPES,
    activeOn: filter.activeOn ?? context.today,
    onlyActive: filter.onlyActive ?? false,
  };

  const drawn = [root.elementId];
  /** Nodes short of the last level: every neighbour of theirs lies within the depth. */
  const inner: string[] = [];
  let frontier = [root.elementId];
  let omittedNodes = 0;
  for (let level = 1; level <= request.depth && frontier.length > 0; level++) {
    const [step] = await context.executor.read<{ total: number; kept: string[] }>(cypher('api/network/expand.cypher'), {
      ...params,
      kinds,
      frontier,
      seen: drawn,
      cap: request.limit - drawn.length,
    });
    inner.push(...frontier);
    const kept = step?.kept ?? [];
    omittedNodes += (step?.total ?? 0) - kept.length;
    drawn.push(...kept);
    frontier = kept;
  }
  const [links] = await context.executor.read<{ edges: string[]; omitted: number }>(
    cypher('api/network/edges.cypher'),
    { ...params, kinds: [...new Set([...kinds, root.kind])], ids: drawn, inner },
  );
  const nodes = await describeNodes(context.executor, drawn);
  const edges = await describeEdges(context, links?.edges ?? [], params.activeOn, nodes);
  const omittedEdges = links?.omitted ?? 0;
  return {
    root: nodes[0] as NetworkNode,
    depth: request.depth,
    limit: request.limit,
    nodes,
    edges,
    truncated: omittedNodes > 0,
    omittedNodes,
    omittedEdges,
  };
}

export interface PathRequest {
  fromId: string;
  fromKind?: EntityKind | null;
  toId: string;
  toKind?: EntityKind | null;
  relationshipTypes?: RelationshipType[] | null;
  maxLength: number;
}

export async function shortestPath(
  context: ApiContext,
  request: PathRequest,
): Promise<{ length: number; nodes: NetworkNode[]; edges: NetworkEdge[] } | null> {
  wholeNumberIn(request.maxLength, 1, PATH_MAX_LENGTH, 'maxLength');
  const from: LocatedEntity = await locateEntity(context, request.fromId, request.fromKind, 'fromId');
  const to: LocatedEntity = await locateEntity(context, request.toId, request.toKind, 'toId');
  if (from.elementId === to.elementId) {
    return { length: 0, nodes: await describeNodes(context.executor, [from.elementId]), edges: [] };
  }
  const [path] = await context.executor.read<{ nodes: string[]; edges: string[] }>(
    cypher('api/network/shortest-path.cypher'),
    {
      from: from.elementId,
      to: to.elementId,
      types: request.relationshipTypes?.length ? request.relationshipTypes : ENTITY_RELATIONSHIP_TYPES,
      maxLength: request.maxLength,
    },
  );
  if (!path) return null;
  const nodes = await describeNodes(context.executor, path.nodes);
  return { length: path.edges.length, nodes, edges: await describeEdges(context, path.edges, context.today, nodes) };
}
