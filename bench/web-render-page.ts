// The in-browser half of bench/web-render.ts: builds a synthetic supply chain of a given size, draws it with the
// explorer's own drawing and renderer modules, and times the first rendered frame and the frames while panning.
import { groupId } from '../web/src/aggregate';
import type { Severity } from '../web/src/api-shapes';
import { buildDrawing } from '../web/src/drawing';
import { emptyGraph, type GraphData, type GraphEdge, type GraphNode } from '../web/src/graph-data';
import { createNetworkRenderer } from '../web/src/network-renderer';
import { defaultViewState } from '../web/src/view-state';

export interface RunOptions {
  /** Nodes plus edges to draw. */
  elements: number;
  renderer: 'canvas' | 'webgl';
}

export interface RunResult {
  elements: number;
  renderer: string;
  firstRenderMs: number;
  /** Of which: the explorer's own transforms (filters, folding, flags, elements). */
  drawingMs: number;
  /** Of which: Cytoscape taking the elements, styling them and placing them (tiered layout). */
  renderCallMs: number;
}

const SEVERITY_CYCLE: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

function node(key: string, kind: GraphNode['kind'], roles: GraphNode['roles'], index: number): GraphNode {
  // One entity in 25 carries findings, so the view draws badges and severity borders as a real one does.
  const flagged = index % 25 === 0;
  return {
    key,
    id: key,
    kind,
    name: `${kind.toLowerCase()} ${index}`,
    roles,
    region: index % 7 === 0 ? 'United States' : 'Europe',
    country: index % 7 === 0 ? 'US' : 'DE',
    cloud: 'COMMERCIAL',
    violations: flagged
      ? { openFindings: 1 + (index % 4), maxSeverity: SEVERITY_CYCLE[index % 4] as Severity }
      : { openFindings: 0, maxSeverity: null },
  };
}

/** A provider, resellers under it and customers under them: a tree of `elements` nodes and edges. */
export function syntheticGraph(elements: number): GraphData {
  const nodeCount = Math.ceil((elements + 1) / 2);
  const resellers = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const nodes: GraphNode[] = [node('PARTNER:provider', 'PARTNER', ['INDIRECT_PROVIDER'], 1)];
  const edges: GraphEdge[] = [];
  const link = (type: GraphEdge['type'], source: string, target: string, index: number) =>
    edges.push({
      key: `${source}>${target}`,
      type,
      source,
      target,
      active: index % 11 !== 0,
      since: '2024-01-01',
      until: null,
    });
  for (let r = 0; r < resellers && nodes.length < nodeCount; r += 1) {
    const key = `PARTNER:r${r}`;
    nodes.push(node(key, 'PARTNER', ['INDIRECT_RESELLER'], r));
    link('SUPPLIES', 'PARTNER:provider', key, r);
  }
  for (let c = 0; nodes.length < nodeCount; c += 1) {
    const key = `CUSTOMER:c${c}`;
    nodes.push(node(key, 'CUSTOMER', [], c));
    link('SELLS_TO', `PARTNER:r${c % resellers}`, key, c);
  }
  return {
    ...emptyGraph(),
    rootKey: 'PARTNER:provider',
    nodes: new Map(nodes.map((n) => [n.key, n])),
    edges: new Map(edges.map((e) => [e.key, e])),
  };
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

let frames: number[] = [];
let recording = false;

async function record(): Promise<void> {
  while (recording) frames.push(await nextFrame());
}

export async function run(container: HTMLElement, options: RunOptions): Promise<RunResult> {
  const graph = syntheticGraph(options.elements);
  const started = performance.now();
  // Everything opened: the benchmark measures drawing all of it, not the folding that normally spares the view.
  const resellers = [...graph.nodes.values()].filter((n) => n.roles.includes('INDIRECT_RESELLER'));
  const view = { ...defaultViewState(), opened: resellers.map((r) => groupId(r.key, 'CUSTOMER', null, 'SELLS_TO')) };
  const drawing = buildDrawing(graph, view, [], null);
  const drawn = performance.now();
  const renderer = createNetworkRenderer(container, {
    renderer: options.renderer,
    handlers: { tap: () => {}, activate: () => {} },
  });
  await renderer.render({ elements: drawing.elements, layout: 'layered', fit: true });
  const rendered = performance.now();
  // The first frame with the network on screen: Cytoscape draws on the next animation frame after a change.
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - started;
  // Zoomed in as a user reading labels would be, so panning redraws labels and badges too.
  renderer
    .core()
    ?.zoom({ level: 0.6, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  await nextFrame();
  return {
    elements: drawing.elements.length,
    renderer: renderer.rendererName(),
    firstRenderMs,
    drawingMs: drawn - started,
    renderCallMs: rendered - drawn,
  };
}

export function startFrames(): void {
  frames = [];
  recording = true;
  void record();
}

/** Intervals between animation frames while recording: what the user sees as smooth or not. */
export function stopFrames(): number[] {
  recording = false;
  return frames.slice(1).map((time, index) => time - (frames[index] as number));
}
