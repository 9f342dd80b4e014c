// A finding's evidence as its rule matched it, turned into what the graph draws: the entities, and each relationship
// between them, typed as the rule found it.
import {
  ENTITY_KINDS,
  type EntityKind,
  type EntityRef,
  type FindingEvidence,
  type NetworkNode,
  type RelationshipType,
} from './api-shapes';
import type { Evidence } from './drawing';
import { entityKey, type GraphData, type GraphEdge, type GraphNode, mergeEvidence, toGraphNode } from './graph-data';

/** The kinds at each end of each relationship type between entities (docs/model.md, Relationships). */
const ENDS: Record<RelationshipType, readonly [readonly EntityKind[], readonly EntityKind[]]> = {
  ACCOUNT_OF: [['PARTNER', 'CUSTOMER'], ['ORGANIZATION']],
  OWNS: [['ORGANIZATION'], ['ORGANIZATION']],
  USES_TENANT: [['PARTNER'], ['TENANT']],
  ON_TENANT: [['CUSTOMER'], ['TENANT']],
  SUPPLIES: [['PARTNER'], ['PARTNER']],
  SELLS_TO: [['PARTNER'], ['CUSTOMER']],
  MANAGES: [['PARTNER'], ['CUSTOMER']],
  FOR: [['SUBSCRIPTION'], ['CUSTOMER']],
  BILLED_BY: [['SUBSCRIPTION'], ['PARTNER']],
  RESELLER_OF_RECORD: [['SUBSCRIPTION'], ['PARTNER']],
  PROVISIONED_ON: [['SUBSCRIPTION'], ['TENANT']],
};

/** The entity kind of a model label (Partner -> PARTNER); null for what the explorer does not draw (Country, Region). */
export function kindOfLabel(label: string): EntityKind | null {
  const kind = label.toUpperCase() as EntityKind;
  return ENTITY_KINDS.includes(kind) ? kind : null;
}

/** The evidence's nodes that are entities; a node without a name shows its id. */
export function evidenceEntities(evidence: FindingEvidence): EntityRef[] {
  return evidence.nodes.flatMap((node) => {
    const kind = kindOfLabel(node.label);
    return kind ? [{ id: node.id, kind, name: node.name ?? node.id }] : [];
  });
}

/** A relationship of the evidence between two entity keys. */
export interface EvidenceLink {
  type: RelationshipType;
  source: string;
  target: string;
}

/**
 * The evidence's relationships between entity keys. Its edges name their ends by id, and a customer account and its
 * tenant may share one: then the kinds the type joins tell which node is meant.
 */
export function evidenceLinks(evidence: FindingEvidence): EvidenceLink[] {
  const kindsById = new Map<string, EntityKind[]>();
  for (const entity of evidenceEntities(evidence)) {
    kindsById.set(entity.id, [...(kindsById.get(entity.id) ?? []), entity.kind]);
  }
  const keyOf = (id: string, allowed: readonly EntityKind[]): string | null => {
    const kinds = kindsById.get(id) ?? [];
    const kind = kinds.length === 1 ? kinds[0] : kinds.find((candidate) => allowed.includes(candidate));
    return kind ? entityKey(kind, id) : null;
  };
  return evidence.edges.flatMap((edge) => {
    const ends = ENDS[edge.type as RelationshipType];
    if (!ends) return [];
    const source = keyOf(edge.from, ends[0]);
    const target = keyOf(edge.to, ends[1]);
    return source && target ? [{ type: edge.type as RelationshipType, source, target }] : [];
  });
}

/** An entity the API no longer draws (it left the graph since the scan): drawn from what the evidence says of it. */
function evidenceOnlyNode(entity: EntityRef): GraphNode {
  return {
    key: entityKey(entity.kind, entity.id),
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    roles: [],
    region: null,
    country: null,
    cloud: null,
    violations: { openFindings: 0, maxSeverity: null },
  };
}

/**
 * Draws a finding's evidence: its entities (as the API draws them today, `drawable`) and each relationship the rule
 * matched — the drawn ones of that type between the same two entities, or else one drawn for the evidence. What it
 * adds remembers `origin`, so removeOrigin takes it back. The marks say exactly what the rule matched.
 */
export function addEvidence(
  graph: GraphData,
  finding: { key: string; evidence: FindingEvidence },
  drawable: readonly NetworkNode[],
  origin: string,
): { graph: GraphData; evidence: Evidence } {
  const known = new Map(drawable.map((node) => [entityKey(node.kind, node.id), toGraphNode(node)]));
  const nodes = evidenceEntities(finding.evidence).map(
    (entity) => known.get(entityKey(entity.kind, entity.id)) ?? evidenceOnlyNode(entity),
  );
  const edgeKeys = new Set<string>();
  const added: GraphEdge[] = [];
  for (const link of evidenceLinks(finding.evidence)) {
    const drawn = [...graph.edges.values()].filter(
      (edge) => edge.type === link.type && edge.source === link.source && edge.target === link.target,
    );
    for (const edge of drawn) edgeKeys.add(edge.key);
    if (drawn.length > 0) continue;
    const edge = {
      ...link,
      key: `${link.type}:${link.source}>${link.target}:evidence`,
      active: true,
      since: null,
      until: null,
    };
    added.push(edge);
    edgeKeys.add(edge.key);
  }
  return {
    graph: mergeEvidence(graph, nodes, added, origin),
    evidence: { findingKey: finding.key, nodeKeys: new Set(nodes.map((node) => node.key)), edgeKeys },
  };
}
