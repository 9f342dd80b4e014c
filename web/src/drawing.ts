// From the graph in memory to what the network view draws: filters, folded groups, violation flags, elements.
import type { ElementDefinition } from 'cytoscape';
import { type VisibleGraph, visibleGraph } from './aggregate';
import type { Finding } from './api-shapes';
import type { GraphData } from './graph-data';
import { filterGraph } from './graph-filters';
import { toElements } from './to-elements';
import type { ViewState } from './view-state';
import { edgeFlags, findingsByEntity, nodeFlags } from './violation-flags';

export interface Drawing {
  visible: VisibleGraph;
  elements: ElementDefinition[];
  /** Findings loaded, per entity key: the details panel and the table read them from here. */
  findingsByEntity: Map<string, Finding[]>;
}

export interface Evidence {
  findingKey: string;
  nodeKeys: ReadonlySet<string>;
  edgeKeys: ReadonlySet<string>;
}

export function buildDrawing(
  graph: GraphData,
  view: Pick<ViewState, 'filters' | 'opened' | 'selection'>,
  findings: readonly Finding[],
  evidence: Evidence | null,
): Drawing {
  const pinned = new Set(evidence?.nodeKeys ?? []);
  if (view.selection?.type === 'node') pinned.add(view.selection.key);
  const visible = visibleGraph(filterGraph(graph, view.filters, pinned), { opened: new Set(view.opened), pinned });
  const byEntity = findingsByEntity(findings);
  const narrowed = view.filters.ruleIds.length > 0 || view.filters.severities.length > 0;
  const elements = toElements(visible, {
    nodes: nodeFlags(visible.nodes, narrowed ? byEntity : null),
    edges: edgeFlags(visible.edges, findings),
  });
  return { visible, elements, findingsByEntity: byEntity };
}
