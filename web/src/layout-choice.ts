// Which layout and renderer a view of a given size gets, from measured costs (docs/web.md, docs/benchmarks.md):
// fcose 'default' is fine up to a few hundred nodes, 'draft' to 10,000; WebGL pays off past a few thousand elements
// on a real graphics processor, but in software (SwiftShader, llvmpipe) it is several times slower than the canvas.
import type fcose from 'cytoscape-fcose';

/** Above this many elements the view draws with WebGL (solid lines only, labels as textures), given a GPU. */
const WEBGL_FROM_ELEMENTS = 3000;

/** What WebGL runs on in this browser. */
export type WebglSupport = 'hardware' | 'software' | 'none';

/** Renderer names of WebGL implemented on the processor instead of a graphics card. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function webglSupportOf(rendererName: string | null): WebglSupport {
  if (rendererName === null) return 'none';
  return SOFTWARE_RENDERERS.test(rendererName) ? 'software' : 'hardware';
}

export interface RendererChoice {
  webgl: boolean;
  /** Canvas only: skip edges and reuse a texture while the user pans or zooms a large view. */
  lightViewport: boolean;
}

export function rendererFor(elements: number, webgl: WebglSupport, forced?: 'canvas' | 'webgl'): RendererChoice {
  const useWebgl = forced ? forced === 'webgl' : webgl === 'hardware' && elements > WEBGL_FROM_ELEMENTS;
  return { webgl: useWebgl, lightViewport: !useWebgl && elements > 1000 };
}

export function forceLayoutOptions(nodes: number): fcose.FcoseLayoutOptions {
  return {
    name: 'fcose',
    quality: nodes <= 500 ? 'default' : 'draft',
    randomize: true,
    animate: false,
    fit: false,
    padding: 40,
    nodeRepulsion: 9000,
    idealEdgeLength: 120,
    nodeSeparation: 110,
    numIter: nodes <= 2000 ? 2500 : 1000,
  };
}
