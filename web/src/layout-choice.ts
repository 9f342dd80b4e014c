// Which layout and renderer a view of a given size gets, from the costs measured headless (docs/web.md):
// fcose 'default' is fine up to a few hundred nodes, 'draft' to 10,000; the WebGL renderer pays off past a few
// thousand elements.
import type fcose from 'cytoscape-fcose';
import type { LayoutName } from './view-state';

/** Above this many elements the view draws with WebGL (solid lines only, labels as textures). */
export const WEBGL_FROM_ELEMENTS = 3000;

export interface RendererChoice {
  webgl: boolean;
  /** Canvas only: skip edges and reuse a texture while the user pans or zooms a large view. */
  lightViewport: boolean;
}

export function rendererFor(elements: number, forced?: 'canvas' | 'webgl'): RendererChoice {
  const webgl = forced ? forced === 'webgl' : elements > WEBGL_FROM_ELEMENTS;
  return { webgl, lightViewport: !webgl && elements > 1000 };
}

export function forceLayoutOptions(nodes: number): fcose.FcoseLayoutOptions {
  return {
    name: 'fcose',
    quality: nodes <= 500 ? 'default' : 'draft',
    randomize: true,
    animate: false,
    fit: false,
    padding: 40,
    nodeRepulsion: 6500,
    idealEdgeLength: 80,
    nodeSeparation: 90,
    numIter: nodes <= 2000 ? 2500 : 1000,
  };
}

/** Small views glide into their new places; large ones jump (an animation of thousands of nodes stutters). */
export function animateMoves(nodes: number, layout: LayoutName): boolean {
  return layout === 'layered' && nodes <= 300;
}
