// Force-directed places for a whole view, computed off the main thread: fcose runs on a headless Cytoscape in a
// worker, so laying out a view of hundreds of nodes (a few hundred milliseconds of work) never holds the page.
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graph-style';
import { forceLayoutOptions } from './layout-choice';
import type { Position } from './tiered-layout';

cytoscape.use(fcose);

/** The places fcose gives the nodes of these definitions, with the sizes the drawing gives them. */
export function forceLayoutPositions(elements: readonly ElementDefinition[]): Map<string, Position> {
  const core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle({ webgl: false }),
    elements: elements.map((definition) => ({ ...definition, position: undefined })),
  });
  core.layout(forceLayoutOptions(core.nodes().length) as unknown as LayoutOptions).run();
  const positions = new Map<string, Position>();
  core.nodes().forEach((node) => {
    positions.set(node.id(), { ...node.position() });
  });
  core.destroy();
  return positions;
}

let worker: Worker | null | undefined;

function layoutWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker =
        typeof Worker === 'undefined'
          ? null
          : new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
  }
  return worker;
}

let nextRequest = 0;

/** forceLayoutPositions in the worker; on the main thread only where no worker can run. */
export function forcePositionsOffThread(elements: readonly ElementDefinition[]): Promise<Map<string, Position>> {
  const running = layoutWorker();
  if (!running) return Promise.resolve(forceLayoutPositions(elements));
  const id = ++nextRequest;
  // Only what the layout reads crosses to the worker: ids, ends, classes and the data the style sizes nodes by.
  const plain = elements.map((definition) => ({
    group: definition.group,
    data: { ...definition.data },
    classes: definition.classes,
  }));
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: number; positions?: [string, Position][]; error?: string }>) => {
      if (event.data.id !== id) return;
      running.removeEventListener('message', onMessage);
      if (event.data.positions) resolve(new Map(event.data.positions));
      else reject(new Error(event.data.error ?? 'The force layout failed.'));
    };
    running.addEventListener('message', onMessage);
    running.postMessage({ id, elements: plain });
  });
}
