// The network view: draws the current drawing, marks the selection and a finding's evidence, and turns taps into
// selections, expansions and opened groups.
import type { AppState } from './app-state';
import type { Explorer } from './explorer';
import { createNetworkRenderer, type NetworkRenderer } from './network-renderer';
import type { Store } from './store';

export interface NetworkViewDeps {
  store: Store<AppState>;
  explorer: Explorer;
}

/** Double tap or Enter: a group opens, an expanded node collapses, any other node shows its neighbours. */
export function activateNode(explorer: Explorer, state: AppState, key: string): void {
  if (key.startsWith('group:')) void explorer.openGroup(key);
  else if (state.view.expanded.includes(key)) explorer.collapse(key);
  else void explorer.expand(key);
}

export function setupNetworkView(element: HTMLElement, deps: NetworkViewDeps): NetworkRenderer {
  const { store, explorer } = deps;
  element.tabIndex = 0;
  element.setAttribute('role', 'region');
  element.setAttribute(
    'aria-label',
    'Network. Arrow keys pan, plus and minus zoom, 0 fits, Enter opens or expands the selected node; the table view lists the same entities.',
  );
  const renderer = createNetworkRenderer(element, {
    handlers: {
      tap: (key) => {
        // The keyboard carries on where the pointer chose: Enter opens or expands the node just tapped.
        element.focus({ preventScroll: true });
        explorer.select(key ? { type: 'node', key } : null);
      },
      activate: (key) => activateNode(explorer, store.get(), key),
    },
  });
  element.addEventListener('keydown', (event) => {
    const selection = store.get().view.selection;
    if (event.key === 'Enter' && event.target === element && selection?.type === 'node') {
      event.preventDefault();
      activateNode(explorer, store.get(), selection.key);
    }
  });

  let drawnRoot: string | null = null;
  const draw = (state: AppState, previous: AppState | null) => {
    if (state.graph.nodes.size === 0) {
      renderer.core()?.elements().remove();
      drawnRoot = null;
      return;
    }
    const drawingChanged =
      !previous || state.drawing !== previous.drawing || state.view.layout !== previous.view.layout;
    if (drawingChanged) {
      const fit = state.graph.rootKey !== drawnRoot;
      drawnRoot = state.graph.rootKey;
      void renderer.render({ elements: state.drawing.elements, layout: state.view.layout, fit });
    }
    const evidenceChanged = !previous || state.evidence !== previous.evidence;
    if (drawingChanged || evidenceChanged)
      renderer.highlight(state.evidence, evidenceChanged && state.evidence !== null);
    const selection = state.view.selection;
    renderer.choose(selection?.type === 'node' ? selection.key : null);
  };

  store.subscribe((state, previous) => {
    if (
      state.drawing !== previous.drawing ||
      state.view.layout !== previous.view.layout ||
      state.evidence !== previous.evidence ||
      state.view.selection !== previous.view.selection
    ) {
      draw(state, previous);
    }
  });
  // The container may change size with the window or the panels; Cytoscape must know.
  new ResizeObserver(() => renderer.core()?.resize()).observe(element);
  draw(store.get(), null);
  return renderer;
}
