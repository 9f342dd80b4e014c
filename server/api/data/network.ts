// The neighbourhood of an entity, hop by hop with a cap per group of neighbours and on the whole; and the shortest
// path between two entities. Both come out as nodes and edges ready to draw.
import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import { cypherInt, type Executor } from '../../db/executor';
import {
  CLOUDS,
  MANAGEMENT_KINDS,
  PARTNER_ROLES,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../../model/graph-model';
import { SEVERITIES, type Severity } from '../../scan/finding';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { maxSeverity } from '../loaders';
import { type LocatedEntity, locateEntity } from './entities';
import { activeTest, stepPattern, stepsFrom } from './network-links';
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
  /** Also each drawn partner's reseller-of-record customers (see recordedCustomers). */
  resellerOfRecordCustomers?: boolean | null;
}

/** A row of cypher/api/network/node-details.cypher. */
const nodeRow = z.object({
  elementId: z.string(),
  kind: z.enum(ENTITY_KINDS),
  id: z.string(),
  name: z.string(),
  roles: z.array(z.enum(PARTNER_ROLES)),
  country: z.string().nullable(),
  region: z.string().nullable(),
  cloud: z.enum(CLOUDS).nullable(),
});

/** An entity as a network draws it; its key (kind and id) is unique within a network. */
export type NetworkNode = z.infer<typeof nodeRow> & { key: string };

/** A row of cypher/api/network/edge-details.cypher; from and to are element ids. */
const edgeRow = z.object({
  elementId: z.string(),
  type: z.enum(RELATIONSHIP_TYPES),
  from: z.string(),
  to: z.string(),
  active: z.boolean(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  managementKind: z.enum(MANAGEMENT_KINDS).nullable(),
  share: z.number().nullable(),
});

/** A relationship as a network draws it; from and to are node keys. */
export type NetworkEdge = Omit<z.infer<typeof edgeRow>, 'elementId'> & { key: string };

/** A row of the step query (expand.cypher): one way out of a frontier entity, its count and the first neighbours. */
const stepRow = z.object({
  eid: z.string(),
  type: z.enum(RELATIONSHIP_TYPES),
  out: z.boolean(),
  kind: z.enum(ENTITY_KINDS),
  total: z.number(),
  kept: z.array(z.tuple([z.string(), z.string()])),
});

/** A row of cypher/api/network/recorded-customers.cypher; kept: [subscription, RESELLER_OF_RECORD, customer, FOR]. */
const recordedRow = z.object({
  eid: z.string(),
  total: z.number(),
  unsold: z.number(),
  kept: z.array(z.tuple([z.string(), z.string(), z.string(), z.string()])),
});

const elementIdsRow = z.object({ edges: z.array(z.string()) });
const pathRow = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });

/** A row of cypher/api/network/group-severities.cypher: one group's flagged members and their findings' severities. */
const groupSeveritiesRow = z.object({
  hub: z.string(),
  type: z.string(),
  out: z.boolean(),
  kind: z.string(),
  flagged: z.number(),
  severities: z.array(z.enum(SEVERITIES)),
});

/** Neighbours of one drawn entity over one relationship type and direction, of one kind: how many, how many drawn. */
export interface NetworkGroup {
  /** The key of the drawn entity they hang off. */
  hub: string;
  relationship: RelationshipType;
  /** The hub is the relationship's start (a provider SUPPLIES its resellers). */
  hubIsSource: boolean;
  kind: EntityKind;
  total: number;
  drawn: number;
  hubElementId: string;
}

export interface GroupViolations {
  flaggedMembers: number;
  maxSeverity: Severity | null;
}

export interface Network {
  root: NetworkNode;
  depth: number;
  limit: number;
  perGroup: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Every group of which some members were left out. */
  groups: NetworkGroup[];
  truncated: boolean;
  omittedNodes: number;
  omittedEdges: number;
}

export const NETWORK_DEFAULT_PER_GROUP = 25;
export const NETWORK_MAX_PER_GROUP = 500;
/** Nodes with more relationships than this are hubs: links among drawn nodes are looked up from their other end. */
const HUB_DEGREE = 1000;

function wholeNumberIn(value: number, min: number, max: number, name: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

/** The nodes as a network draws them, in the order of the element ids given (those still in the graph). */
export async function describeNodes(executor: Executor, elementIds: string[]): Promise<NetworkNode[]> {
  const rows = await readRows(executor, nodeRow, cypher('api/network/node-details.cypher'), { ids: elementIds });
  const byElementId = new Map(rows.map((row) => [row.elementId, { ...row, key: `${row.kind}:${row.id}` }]));
  return elementIds.flatMap((elementId) => byElementId.get(elementId) ?? []);
}

export async function describeEdges(
  context: ApiContext,
  relationshipIds: string[],
  activeOn: string,
  nodes: readonly NetworkNode[],
): Promise<NetworkEdge[]> {
  if (relationshipIds.length === 0) return [];
  const keyOf = new Map(nodes.map((node) => [node.elementId, node.key]));
  const rows = await readRows(context.executor, edgeRow, cypher('api/network/edge-details.cypher'), {
    ids: relationshipIds,
    activeOn,
  });
  return rows.map(({ elementId, from, to, ...edge }) => ({
    ...edge,
    key: elementId,
    from: keyOf.get(from) ?? from,
    to: keyOf.get(to) ?? to,
  }));
}

const expandQueries = new Map<string, string>();

/** The step query from entities of `kind` (expand.cypher with one branch per way out), built once per shape. */
function expandQuery(kind: EntityKind, types: readonly string[], kinds: readonly string[], onlyActive: boolean) {
  const cacheKey = JSON.stringify([kind, types, kinds, onlyActive]);
  let text = expandQueries.get(cacheKey);
  if (text === undefined) {
    const branches = stepsFrom(kind, types, kinds).map((step) => {
      const counted = stepPattern(step, kind, { r: activeTest(step, onlyActive, 'r') ? 'r' : '', b: '' });
      const fetched = stepPattern(step, kind, { r: 'r', b: 'b' });
      const test = activeTest(step, onlyActive, 'r');
      // A scoped caller counts and draws only neighbours in its scope; the unscoped count stays a degree read.
      const inScope = `${test ? `${test} AND` : ' WHERE'} IN_SCOPE(b:${step.kind})`;
      return [
        `RETURN '${step.type}' AS type, ${step.out} AS out, '${step.kind}' AS kind,`,
        `    CASE WHEN $scope IS NULL THEN COUNT { ${counted}${test} } ELSE COUNT { ${fetched}${inScope} } END AS total,`,
        `    COLLECT { MATCH ${fetched}${inScope} RETURN [elementId(b), elementId(r)] LIMIT $perGroup } AS kept`,
      ].join('\n');
    });
    text =
      branches.length === 0
        ? ''
        : cypher('api/network/expand.cypher').replace(/^ {2}STEPS$/m, `  ${branches.join('\n  UNION ALL\n  ')}`);
    expandQueries.set(cacheKey, text);
  }
  return text;
}

/**
 * The neighbourhood of an entity, hop by hop: from each drawn entity, for each relationship type and direction, at
 * most perGroup neighbours (and how many there are), until depth or limit is reached. What is left out is counted
 * per group, so the explorer can draw a group node for it.
 */
export async function buildNetwork(
  context: ApiContext,
  request: {
    rootId: string;
    rootKind?: EntityKind | null;
    depth: number;
    limit: number;
    perGroup?: number | null;
    filter?: NetworkFilter | null;
  },
): Promise<Network> {
  const perGroup = request.perGroup ?? NETWORK_DEFAULT_PER_GROUP;
  wholeNumberIn(request.depth, 1, NETWORK_MAX_DEPTH, 'depth');
  wholeNumberIn(request.limit, 1, NETWORK_MAX_LIMIT, 'limit');
  wholeNumberIn(perGroup, 1, NETWORK_MAX_PER_GROUP, 'perGroup');
  const root = await locateEntity(context, request.rootId, request.rootKind, 'rootId');
  const filter = request.filter ?? {};
  const kinds: readonly string[] = filter.kinds?.length ? filter.kinds : ENTITY_KINDS;
  const types: readonly string[] = filter.relationshipTypes?.length
    ? filter.relationshipTypes
    : ENTITY_RELATIONSHIP_TYPES;
  const activeOn = filter.activeOn ?? context.today;
  const onlyActive = filter.onlyActive ?? false;

  const kindOf = new Map<string, EntityKind>([[root.elementId, root.kind]]);
  const drawn = [root.elementId];
  const relationships = new Set<string>();
  const groups: (Omit<NetworkGroup, 'hub' | 'drawn' | 'hubElementId'> & { hub: string; members: string[] })[] = [];
  let frontier = [root.elementId];
  for (let level = 1; level <= request.depth && frontier.length > 0; level++) {
    const byKind = new Map<EntityKind, string[]>();
    for (const eid of frontier) {
      const kind = kindOf.get(eid) as EntityKind;
      byKind.set(kind, [...(byKind.get(kind) ?? []), eid]);
    }
    const rows: z.infer<typeof stepRow>[] = [];
    for (const [kind, eids] of byKind) {
      const query = expandQuery(kind, types, kinds, onlyActive);
      if (query)
        rows.push(
          ...(await readRows(context.executor, stepRow, query, {
            frontier: eids,
            perGroup: cypherInt(perGroup),
            activeOn,
          })),
        );
    }
    const next: string[] = [];
    for (const row of rows) {
      const members: string[] = [];
      for (const [eid, rid] of row.kept) {
        if (!kindOf.has(eid)) {
          if (drawn.length >= request.limit) continue;
          kindOf.set(eid, row.kind);
          drawn.push(eid);
          next.push(eid);
        }
        relationships.add(rid);
        members.push(eid);
      }
      if (row.total > 0) {
        groups.push({
          hub: row.eid,
          relationship: row.type,
          hubIsSource: row.out,
          kind: row.kind,
          total: row.total,
          members,
        });
      }
    }
    frontier = next;
  }
  if (filter.resellerOfRecordCustomers) {
    const partners = drawn.filter((eid) => kindOf.get(eid) === 'Partner');
    const rows = await readRows(context.executor, recordedRow, cypher('api/network/recorded-customers.cypher'), {
      partners,
      perGroup: cypherInt(perGroup),
      activeOn,
      onlyActive,
    });
    for (const row of rows) {
      const members: string[] = [];
      for (const [subscription, recorded, customer, forCustomer] of row.kept) {
        for (const [eid, kind] of [
          [subscription, 'Subscription'],
          [customer, 'Customer'],
        ] as const) {
          if (kindOf.has(eid) || drawn.length >= request.limit) continue;
          kindOf.set(eid, kind);
          drawn.push(eid);
        }
        if (!kindOf.has(subscription) || !kindOf.has(customer)) continue;
        relationships.add(recorded).add(forCustomer);
        members.push(subscription);
      }
      // The group is every subscription naming the partner, as a page of it lists them; it is shown only when
      // some that lead to a customer the partner does not sell to were left out.
      if (row.unsold > members.length) {
        groups.push({
          hub: row.eid,
          relationship: 'RESELLER_OF_RECORD',
          hubIsSource: false,
          kind: 'Subscription',
          total: row.total,
          members,
        });
      }
    }
  }

  const drawnSet = Object.fromEntries(drawn.map((eid) => [eid, true]));
  const [links] = await readRows(context.executor, elementIdsRow, cypher('api/network/edges.cypher'), {
    ids: drawn,
    drawn: drawnSet,
    types,
    maxDegree: HUB_DEGREE,
  });
  for (const rid of links?.edges ?? []) relationships.add(rid);
  const nodes = await describeNodes(context.executor, drawn);
  const edges = await describeEdges(context, [...relationships], activeOn, nodes);
  const keyOf = new Map(nodes.map((node) => [node.elementId, node.key]));
  const cut = groups
    .map(({ members, hub, ...group }) => ({
      ...group,
      hub: keyOf.get(hub) ?? hub,
      hubElementId: hub,
      drawn: members.filter((eid) => keyOf.has(eid)).length,
    }))
    .filter((group) => group.drawn < group.total);
  const omittedNodes = cut.reduce((sum, group) => sum + group.total - group.drawn, 0);
  return {
    root: nodes[0] as NetworkNode,
    depth: request.depth,
    limit: request.limit,
    perGroup,
    nodes,
    edges,
    groups: cut,
    truncated: omittedNodes > 0,
    omittedNodes,
    omittedEdges: omittedNodes,
  };
}

/** Each group's flagged members and worst severity, in one query for all of them. */
export async function groupViolations(
  executor: Executor,
  groups: readonly NetworkGroup[],
): Promise<(NetworkGroup & { violations: GroupViolations })[]> {
  if (groups.length === 0) return [];
  const shapes = [
    ...new Map(
      groups.map((group) => [`${group.relationship}|${group.hubIsSource}|${group.kind}`, group] as const),
    ).values(),
  ];
  // The type and the member's label come from the model's allowlists, never from a request as they stand.
  const branches = shapes
    .filter((group) => RELATIONSHIP_TYPES.includes(group.relationship) && ENTITY_KINDS.includes(group.kind))
    .map((group) => {
      const link = group.hubIsSource ? `(m)<-[:${group.relationship}]-(a)` : `(m)-[:${group.relationship}]->(a)`;
      const degree = `COUNT { ${link.replace('(a)', '()')} }`;
      return [
        `WITH m WHERE m:${group.kind} AND IN_SCOPE(m:${group.kind})`,
        '  CALL (m) {',
        `    WITH m WHERE ${degree} <= size($hubIds)`,
        `    MATCH ${link} WHERE $hubs[elementId(a)] RETURN a`,
        '    UNION',
        `    WITH m WHERE ${degree} > size($hubIds)`,
        `    UNWIND $hubIds AS hubId MATCH (a) WHERE elementId(a) = hubId AND EXISTS { ${link} } RETURN a`,
        '  }',
        `  RETURN elementId(a) AS hub, '${group.relationship}' AS type, ${group.hubIsSource} AS out, '${group.kind}' AS kind`,
      ].join('\n');
    });
  const rows = await readRows(
    executor,
    groupSeveritiesRow,
    cypher('api/network/group-severities.cypher').replace(/^ {2}BRANCHES$/m, `  ${branches.join('\n  UNION ALL\n  ')}`),
    {
      hubs: Object.fromEntries(groups.map((group) => [group.hubElementId, true])),
      hubIds: [...new Set(groups.map((group) => group.hubElementId))],
    },
  );
  const groupKey = (hub: string, type: string, out: boolean, kind: string) => `${hub}|${type}|${out}|${kind}`;
  const byGroup = new Map(rows.map((row) => [groupKey(row.hub, row.type, row.out, row.kind), row]));
  return groups.map((group) => {
    const row = byGroup.get(groupKey(group.hubElementId, group.relationship, group.hubIsSource, group.kind));
    return {
      ...group,
      violations: { flaggedMembers: row?.flagged ?? 0, maxSeverity: maxSeverity(row?.severities ?? []) },
    };
  });
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
  const [path] = await readRows(context.executor, pathRow, cypher('api/network/shortest-path.cypher'), {
    from: from.elementId,
    to: to.elementId,
    types: request.relationshipTypes?.length ? request.relationshipTypes : ENTITY_RELATIONSHIP_TYPES,
    maxLength: request.maxLength,
  });
  if (!path) return null;
  const nodes = await describeNodes(context.executor, path.nodes);
  return { length: path.edges.length, nodes, edges: await describeEdges(context, path.edges, context.today, nodes) };
}
