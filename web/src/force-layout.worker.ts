// The force layout's worker: one request at a time, answered with the places by node id (see force-layout.ts).
import type { ElementDefinition } from 'cytoscape';
import { forceLayoutPositions } from './force-layout';

self.addEventListener('message', (event: MessageEvent<{ id: number; elements: ElementDefinition[] }>) => {
  const { id, elements } = event.data;
  try {
    self.postMessage({ id, positions: [...forceLayoutPositions(elements)] });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
