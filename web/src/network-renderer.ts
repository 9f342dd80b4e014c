// Draws element definitions with Cytoscape: keeps one instance, applies changes as a diff, places nodes by the
// chosen layout, and switches to the WebGL renderer when a view grows large.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { forcePositionsOffThread } from './force-layout';
import { graphStyle } from './graph-style';
import { type RendererChoice, rendererFor, type WebglSupport, webglSupportOf } from './layout-choice';
import { placeNewNodes } from './placement';
import { type Position, tieredPositions } from './tiered-layout';
import type { LayoutName } from './view-state';

export interface RenderInput {
  elements: readonly ElementDefinition[];
  layout: LayoutName;
  /** Fit the whole graph into view after drawing (a new root was opened). */
  fit: boolean;
}

export interface Highlight {
  nodeKeys: ReadonlySet<string>;
  edgeKeys: ReadonlySet<string>;
}

export interface RendererHandlers {
  /** A tap on a node (its id) or on the background (null). */
  tap(key: string | null): void;
  /** A double tap or Enter on a node. */
  activate(key: string): void;
}

export interface NetworkRenderer {
  /** Resolves once every element is on the canvas (large changes are added a chunk per frame). */
  render(input: RenderInput): Promise<void>;
  highlight(highlight: Highlight | null, focus: boolean): void;
  choose(key: string | null): void;
  /** Runs the force layout again from scratch (force layout only). */
  rearrange(): void;
  fit(): void;
  exportPng(): Promise<Blob>;
  /** Which renderer draws now, for the status line and the benchmark. */
  rendererName(): 'canvas' | 'webgl' | 'none';
  core(): Core | null;
  destroy(): void;
}

export interface RendererOptions {
  /** Forces a renderer (the benchmark compares them); otherwise chosen by size. */
  renderer?: 'canvas' | 'webgl';
  handlers: RendererHandlers;
}

/** The largest zoom a fit may reach: one node must not fill the screen. */
const MAX_FIT_ZOOM = 1.3;
/**
 * Elements added per frame: Cytoscape draws each new element into its texture cache on the first frame that shows
 * it, so adding a large view at once is one long task; a chunk per frame keeps every task short.
 */
const CHUNK = 20;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
const PAN_STEP = 80;

let webglSupport: WebglSupport | undefined;

/** Asks the browser once what its WebGL 2 runs on (the unmasked renderer name tells a GPU from SwiftShader). */
function detectWebgl(): WebglSupport {
  if (webglSupport === undefined) {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    webglSupport = webglSupportOf(name);
  }
  return webglSupport;
}

function sameChoice(a: RendererChoice | null, b: RendererChoice): boolean {
  return a !== null && a.webgl === b.webgl && a.lightViewport === b.lightViewport;
}

function signature(definition: ElementDefinition): string {
  const classes = Array.isArray(definition.classes) ? definition.classes.join(' ') : (definition.classes ?? '');
  return `${JSON.stringify(definition.data)}|${classes}`;
}

/** Definitions with the nodes at their places (edges as they are). */
function withPositions(
  definitions: readonly ElementDefinition[],
  positions: ReadonlyMap<string, Position>,
): ElementDefinition[] {
  return definitions.map((definition) =>
    definition.group === 'nodes'
      ? { ...definition, position: positions.get(definition.data.id as string) ?? { x: 0, y: 0 } }
      : definition,
  );
}

export function createNetworkRenderer(container: HTMLElement, options: RendererOptions): NetworkRenderer {
  let cy: Core | null = null;
  let choice: RendererChoice | null = null;
  let currentLayout: LayoutName | null = null;
  const signatures = new Map<string, string>();
  let renderToken = 0;
  /** Settles when the last render has put every element on the canvas. */
  let drawn: Promise<void> = Promise.resolve();
  /** Force-layout positions, kept so expanding or filtering does not shuffle what the user has learned. */
  const forcePositions = new Map<string, Position>();

  function create(next: RendererChoice): Core {
    cy?.destroy();
    signatures.clear();
    const core = cytoscape({
      container,
      style: graphStyle({ webgl: next.webgl }),
      webgl: next.webgl,
      hideEdgesOnViewport: next.lightViewport,
      textureOnViewport: next.lightViewport,
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    core.on('tap', (event) => {
      const target = event.target;
      if (target === core) options.handlers.tap(null);
      else if (target.isNode?.()) options.handlers.tap(target.id());
    });
    core.on('dbltap', 'node', (event) => options.handlers.activate(event.target.id()));
    core.on('mouseover', 'node', (event) => showTip(event.target));
    core.on('mouseout', 'node', () => showTip(null));
    core.on('viewport', () => showTip(null));
    // A node the user dragged keeps its new place in the force layout.
    core.on('dragfree', 'node', (event) => {
      if (currentLayout === 'force') forcePositions.set(event.target.id(), { ...event.target.position() });
    });
    choice = next;
    return core;
  }

  function fitTo(core: Core, eles?: cytoscape.CollectionArgument): void {
    core.fit(eles, 40);
    if (core.zoom() > MAX_FIT_ZOOM) {
      core.zoom(MAX_FIT_ZOOM);
      core.center(eles);
    }
  }

  /** A new view opens at zoom 1 at most, so labels read at their full size; too large to fit, it opens on its root. */
  function openView(core: Core): void {
    fitTo(core);
    if (core.zoom() >= 1) return;
    const root = core.nodes('.root');
    core.zoom(1);
    core.center(root.nonempty() ? root : undefined);
  }

  /** The full name, kind and region of the node under the pointer or chosen, over the drawing. */
  const tip = document.createElement('div');
  tip.className = 'node-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  container.parentElement?.append(tip);
  function showTip(node: cytoscape.NodeSingular | null): void {
    if (!node || node.empty()) {
      tip.hidden = true;
      return;
    }
    const box = node.renderedBoundingBox({ includeLabels: false });
    const region = node.data('region') as string | null;
    tip.textContent = `${node.data('name') as string}${region ? ` — ${region}` : ''}`;
    // The drawing fills the tip's positioned parent (page.css: .views, and .network at inset 0), so a rendered position
    // is the tip's own; reading the drawing's offset here would force the page's layout inside the pointer's event.
    tip.style.left = `${Math.max(0, box.x1)}px`;
    tip.style.top = `${Math.max(0, box.y2 + 4)}px`;
    tip.hidden = false;
  }

  /** Removes and updates at once; returns the new definitions, nodes first so every edge finds its ends. */
  function applyDiff(core: Core, elements: readonly ElementDefinition[]): ElementDefinition[] {
    const wanted = new Map(elements.map((definition) => [definition.data.id as string, definition]));
    const fresh: ElementDefinition[] = [];
    core.batch(() => {
      const stale = core.elements().filter((element) => !wanted.has(element.id()));
      for (const element of stale) signatures.delete(element.id());
      stale.remove();
      for (const [id, definition] of wanted) {
        const sig = signature(definition);
        const existing = core.getElementById(id);
        if (existing.empty()) fresh.push(definition);
        else if (signatures.get(id) !== sig) {
          existing.data(definition.data);
          existing.classes(definition.classes ?? []);
        }
        signatures.set(id, sig);
      }
    });
    return fresh.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
  }

  /** Tiered places for every wanted node, computed from the definitions before any is drawn. */
  function layeredPositions(elements: readonly ElementDefinition[]): Map<string, Position> {
    return tieredPositions(
      elements
        .filter((definition) => definition.group === 'nodes')
        .map((definition) => ({ key: definition.data.id as string, tier: definition.data.tier as number })),
      elements
        .filter((definition) => definition.group === 'edges')
        .map((definition) => ({ source: definition.data.source as string, target: definition.data.target as string })),
    );
  }

  /** Opens a view on places known in advance: fitted at zoom 1 at most, else at zoom 1 on the root. */
  function openOn(core: Core, positions: ReadonlyMap<string, Position>, rootId: string | undefined): void {
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    if (xs.length === 0) return;
    const margin = 90;
    const box = {
      x1: Math.min(...xs) - margin,
      x2: Math.max(...xs) + margin,
      y1: Math.min(...ys) - margin,
      y2: Math.max(...ys) + margin,
    };
    const width = container.clientWidth;
    const height = container.clientHeight;
    const fitZoom = Math.min(MAX_FIT_ZOOM, width / (box.x2 - box.x1), height / (box.y2 - box.y1));
    const root = rootId ? positions.get(rootId) : undefined;
    const zoom = fitZoom >= 1 || !root ? fitZoom : 1;
    const centre = zoom === fitZoom || !root ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : root;
    core.viewport({ zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } });
  }

  /** Force places for the whole view, from the worker; they become the places the view keeps. */
  async function layOutForce(elements: readonly ElementDefinition[]): Promise<Map<string, Position>> {
    const positions = await forcePositionsOffThread(elements);
    forcePositions.clear();
    for (const [id, position] of positions) forcePositions.set(id, position);
    return positions;
  }

  /** Adds definitions a few at a time, one batch a frame, so no frame holds the page; stops if another render began. */
  async function addInChunks(core: Core, definitions: readonly ElementDefinition[], token: number): Promise<void> {
    for (let start = 0; start < definitions.length; start += CHUNK) {
      if (start > 0) await nextFrame();
      if (token !== renderToken || cy !== core) return;
      core.add(definitions.slice(start, start + CHUNK));
    }
  }

  /** Mostly new nodes (another root, or the first force view): the whole view is laid out again. */
  function needsForceLayout(elements: readonly ElementDefinition[]): boolean {
    const nodes = elements.filter((definition) => definition.group === 'nodes');
    const unknown = nodes.filter((definition) => !forcePositions.has(definition.data.id as string));
    return unknown.length > nodes.length / 2;
  }

  /** Places nodes joining a force view beside their placed neighbours, keeping the picture the user has learned. */
  function placeForce(core: Core, added: readonly string[]): void {
    const unknown = core.nodes().filter((node) => !forcePositions.has(node.id()));
    const known = new Map<string, Position>();
    core.nodes().forEach((node) => {
      const position = forcePositions.get(node.id());
      if (position) known.set(node.id(), position);
    });
    const fresh = [...new Set([...added, ...unknown.map((node) => node.id())])].filter((id) => !known.has(id));
    const placed = placeNewNodes(fresh, known, (id) =>
      core
        .getElementById(id)
        .neighborhood('node')
        .map((node) => node.id()),
    );
    core.batch(() => {
      core.nodes().positions((node) => known.get(node.id()) ?? placed.get(node.id()) ?? { x: 0, y: 0 });
    });
    for (const [id, position] of placed) forcePositions.set(id, position);
  }

  /** Marks a finding's evidence and fades the rest; on focus, fits the view to all of the evidence. */
  function showHighlight(highlight: Highlight | null, focus: boolean): void {
    if (!cy) return;
    const core = cy;
    core.batch(() => {
      // Only what is marked changes class: restyling every element is the costly part of a frame.
      core.elements('.evidence, .faded').removeClass('evidence faded');
      if (!highlight) return;
      const marked = core
        .elements()
        .filter((element) =>
          element.isNode() ? highlight.nodeKeys.has(element.id()) : highlight.edgeKeys.has(element.id()),
        );
      core.elements().not(marked).addClass('faded');
      marked.addClass('evidence');
    });
    if (focus && highlight) {
      const marked = core.nodes().filter((node) => highlight.nodeKeys.has(node.id()));
      if (marked.nonempty()) fitTo(core, marked);
    }
  }

  function showChoice(key: string | null): void {
    if (!cy) return;
    const core = cy;
    core.batch(() => {
      const before = core.elements('.chosen');
      if (key && before.length === 1 && before.id() === key) return;
      before.removeClass('chosen');
      if (key) core.getElementById(key).addClass('chosen');
    });
    const node = key ? core.getElementById(key) : null;
    if (node?.nonempty()) {
      const extent = core.extent();
      const { x, y } = node.position();
      if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) core.center(node);
    }
    showTip(node?.nonempty() ? node : null);
  }

  function onKey(event: KeyboardEvent): void {
    if (!cy || event.target !== container) return;
    const core = cy;
    const pans: Record<string, Position> = {
      ArrowLeft: { x: PAN_STEP, y: 0 },
      ArrowRight: { x: -PAN_STEP, y: 0 },
      ArrowUp: { x: 0, y: PAN_STEP },
      ArrowDown: { x: 0, y: -PAN_STEP },
    };
    const pan = pans[event.key];
    const centre = { x: container.clientWidth / 2, y: container.clientHeight / 2 };
    if (pan) core.panBy(pan);
    else if (event.key === '+' || event.key === '=') core.zoom({ level: core.zoom() * 1.25, renderedPosition: centre });
    else if (event.key === '-') core.zoom({ level: core.zoom() / 1.25, renderedPosition: centre });
    else if (event.key === '0') fitTo(core);
    else return;
    event.preventDefault();
  }
  container.addEventListener('keydown', onKey);

  return {
    render(input) {
      const token = ++renderToken;
      const next = rendererFor(input.elements.length, options.renderer ? 'none' : detectWebgl(), options.renderer);
      const recreated = !sameChoice(choice, next);
      const core = recreated || !cy ? create(next) : cy;
      cy = core;
      const layoutChanged = currentLayout !== input.layout;
      currentLayout = input.layout;
      const fresh = applyDiff(core, input.elements);
      const opening = input.fit || recreated || layoutChanged;
      if (input.layout === 'force' && needsForceLayout(input.elements)) {
        drawn = (async () => {
          const positions = await layOutForce(input.elements);
          if (token !== renderToken || cy !== core) return;
          core.batch(() => core.nodes().positions((node) => positions.get(node.id()) ?? node.position()));
          if (opening) {
            const root = input.elements.find((definition) => definition.classes?.includes('root'));
            openOn(core, positions, root?.data.id as string | undefined);
          }
          await addInChunks(core, withPositions(fresh, positions), token);
        })();
        return drawn;
      }
      if (input.layout === 'force') {
        core.add(fresh);
        if (fresh.length > 0 || layoutChanged || recreated)
          placeForce(
            core,
            fresh
              .filter((definition) => definition.group === 'nodes')
              .map((definition) => definition.data.id as string),
          );
        if (opening) openView(core);
        drawn = Promise.resolve();
        return drawn;
      }
      const positions = layeredPositions(input.elements);
      const placed = withPositions(fresh, positions);
      // Placed at once, never animated: a fit that follows (a finding's evidence) must see the final places.
      core.batch(() => core.nodes().positions((node) => positions.get(node.id()) ?? node.position()));
      if (opening) {
        const root = input.elements.find((definition) => definition.classes?.includes('root'));
        openOn(core, positions, root?.data.id as string | undefined);
      }
      drawn = addInChunks(core, placed, token);
      return drawn;
    },

    highlight(highlight, focus) {
      void drawn.then(() => showHighlight(highlight, focus));
    },

    choose(key) {
      void drawn.then(() => showChoice(key));
    },

    rearrange() {
      if (!cy || currentLayout !== 'force') return;
      const core = cy;
      const token = renderToken;
      const definitions = core
        .elements()
        .map((element) => ({ group: element.group(), data: element.data(), classes: element.classes() }));
      drawn = layOutForce(definitions).then((positions) => {
        if (token !== renderToken || cy !== core) return;
        core.batch(() => core.nodes().positions((node) => positions.get(node.id()) ?? node.position()));
        fitTo(core);
      });
    },

    fit() {
      if (cy) fitTo(cy);
    },

    exportPng() {
      if (!cy) return Promise.reject(new Error('There is no network to export.'));
      return cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2, maxWidth: 6000, maxHeight: 6000 });
    },

    rendererName() {
      if (!cy || !choice) return 'none';
      return choice.webgl ? 'webgl' : 'canvas';
    },

    core: () => cy,

    destroy() {
      container.removeEventListener('keydown', onKey);
      tip.remove();
      cy?.destroy();
      cy = null;
      choice = null;
    },
  };
}
