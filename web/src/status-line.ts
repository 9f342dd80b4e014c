// One line under the toolbar: loading, errors with what to do, and how much of the network is drawn.
import type { AppState } from './app-state';
import { clear, h } from './dom';
import { formatCount } from './entity-words';
import type { NetworkRenderer } from './network-renderer';
import type { Store } from './store';

export interface StatusDeps {
  store: Store<AppState>;
  renderer: NetworkRenderer;
}

function counted(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function setupStatusLine(element: HTMLElement, deps: StatusDeps): void {
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  const render = (state: AppState) => {
    const status = state.graphStatus;
    if (status.state === 'loading') {
      clear(element, h('span', { className: 'spinner', 'aria-hidden': 'true' }), status.message);
      element.className = 'status-line loading';
      return;
    }
    if (status.state === 'error') {
      clear(element, `Something went wrong: ${status.message}`);
      element.className = 'status-line error';
      return;
    }
    element.className = 'status-line';
    const { visible } = state.drawing;
    if (state.graph.nodes.size === 0) {
      clear(element);
      return;
    }
    const hidden = state.graph.nodes.size - visible.nodes.length;
    const parts = [
      `${counted(visible.nodes.length, 'entity', 'entities')} and ${counted(visible.edges.length, 'relationship', 'relationships')} drawn`,
      visible.aggregates.length > 0 ? `${counted(visible.aggregates.length, 'group', 'groups')} folded` : null,
      hidden > 0 ? `${counted(hidden, 'loaded entity', 'loaded entities')} hidden by filters or groups` : null,
      `${deps.renderer.rendererName() === 'webgl' ? 'WebGL' : 'canvas'} renderer`,
    ].filter(Boolean);
    clear(
      element,
      parts.join(' · '),
      state.graphNote ? h('span', { className: 'note' }, ` — ${state.graphNote}`) : null,
    );
  };
  deps.store.subscribe((state, previous) => {
    if (
      state.graphStatus !== previous.graphStatus ||
      state.drawing !== previous.drawing ||
      state.graphNote !== previous.graphNote
    ) {
      // After the network view has drawn, so the renderer in use is known.
      queueMicrotask(() => render(deps.store.get()));
    }
  });
  render(deps.store.get());
}
