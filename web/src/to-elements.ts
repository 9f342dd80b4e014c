// The drawn graph as Cytoscape element definitions: data and classes only, so the stylesheet decides the look.
import type { ElementDefinition } from 'cytoscape';
import type { AggregateNode, VisibleGraph } from './aggregate';
import type { Severity } from './api-shapes';
import { badgeImage } from './badge';
import { relationWord } from './entity-words';
import type { GraphNode } from './graph-data';
import { tierOf } from './tiered-layout';
import type { Flag } from './violation-flags';
import { markOf } from './visual-vocabulary';

/** Names longer than this are cut in the graph; the details panel and the table show them whole. */
const MAX_LABEL = 28;

function shortName(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}

/** One line: the stylesheet cuts it with an ellipsis at its width; hover and focus show the whole name. */
function nodeLabel(node: Pick<GraphNode, 'name'>): string {
  return shortName(node.name);
}

export interface ElementFlags {
  nodes: ReadonlyMap<string, Flag>;
  edges: ReadonlyMap<string, Severity>;
}

function nodeElement(node: GraphNode, rootKey: string | null, flag: Flag | undefined): ElementDefinition {
  const mark = markOf(node.kind, node.roles);
  const classes = [`mark-${mark}`];
  if (node.key === rootKey) classes.push('root');
  if (flag) classes.push('flagged', `sev-${flag.severity.toLowerCase()}`);
  return {
    group: 'nodes',
    data: {
      id: node.key,
      label: nodeLabel(node),
      name: node.name,
      kind: node.kind,
      region: node.region,
      tier: tierOf(node.kind, node.roles),
      findings: flag?.count ?? 0,
      ...(flag ? { badge: badgeImage(flag.count, flag.severity) } : {}),
    },
    classes,
  };
}

function aggregateElements(aggregate: AggregateNode): ElementDefinition[] {
  const mark = markOf(aggregate.kind, aggregate.role ? [aggregate.role] : []);
  return [
    {
      group: 'nodes',
      data: {
        id: aggregate.key,
        label: aggregate.label,
        name: aggregate.label,
        kind: aggregate.kind,
        region: null,
        tier: tierOf(aggregate.kind, aggregate.role ? [aggregate.role] : []),
        count: aggregate.count,
        findings: aggregate.flagged,
        ...(aggregate.severity ? { badge: badgeImage(aggregate.flagged, aggregate.severity) } : {}),
      },
      classes: [
        'aggregate',
        `mark-${mark}`,
        ...(aggregate.severity ? ['flagged', `sev-${aggregate.severity.toLowerCase()}`] : []),
      ],
    },
    {
      group: 'edges',
      data: {
        id: `${aggregate.key}|edge`,
        source: aggregate.hubIsSource ? aggregate.hubKey : aggregate.key,
        target: aggregate.hubIsSource ? aggregate.key : aggregate.hubKey,
        type: aggregate.relationship,
        relation: relationWord(aggregate.relationship),
      },
      classes: ['aggregate-edge', `rel-${aggregate.relationship.toLowerCase()}`],
    },
  ];
}

export function toElements(graph: VisibleGraph, flags: ElementFlags): ElementDefinition[] {
  const elements: ElementDefinition[] = graph.nodes.map((node) =>
    nodeElement(node, graph.rootKey, flags.nodes.get(node.key)),
  );
  for (const aggregate of graph.aggregates) elements.push(...aggregateElements(aggregate));
  for (const edge of graph.edges) {
    const severity = flags.edges.get(edge.key);
    const classes = [`rel-${edge.type.toLowerCase()}`];
    if (!edge.active) classes.push('inactive');
    if (severity) classes.push('flagged', `sev-${severity.toLowerCase()}`);
    elements.push({
      group: 'edges',
      data: {
        id: edge.key,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        relation: relationWord(edge.type),
      },
      classes,
    });
  }
  return elements;
}
