// Which of the main area's views is on show: the start page, the network drawing or its table twin.
import type { AppState } from './app-state';
import type { Store } from './store';

export interface MainViews {
  network: HTMLElement;
  table: HTMLElement;
}

/** The drawing stays laid out (only made invisible) while the table shows, so Cytoscape keeps its size. */
export function setupMainViews(views: MainViews, deps: { store: Store<AppState> }): void {
  const show = (state: AppState) => {
    const hasRoot = state.view.root !== null;
    const table = state.view.tab === 'table';
    views.network.classList.toggle('concealed', !hasRoot || table);
    views.network.setAttribute('aria-hidden', String(!hasRoot || table));
    views.table.hidden = !hasRoot || !table;
  };
  deps.store.subscribe((state, previous) => {
    if (state.view.tab !== previous.view.tab || state.view.root !== previous.view.root) show(state);
  });
  show(deps.store.get());
}
