// When a view cannot be drawn (an unknown root, a refused request), says why in words and offers a way back.
import type { AppState } from './app-state';
import { clear, h } from './dom';
import type { Explorer } from './explorer';
import type { Store } from './store';

export interface GraphErrorDeps {
  store: Store<AppState>;
  explorer: Explorer;
  back: () => void;
}

export function setupGraphError(element: HTMLElement, deps: GraphErrorDeps): void {
  element.setAttribute('role', 'alert');
  const render = (state: AppState) => {
    const status = state.graphStatus;
    element.hidden = status.state !== 'error' || state.view.root === null;
    if (element.hidden || status.state !== 'error') return;
    clear(
      element,
      h('h2', {}, 'This view could not be drawn'),
      h('p', {}, status.message),
      h(
        'div',
        { className: 'graph-error-actions' },
        h('button', { type: 'button', onclick: deps.back }, 'Go back'),
        h(
          'button',
          {
            type: 'button',
            className: 'primary',
            onclick: () =>
              deps.explorer.changeView(
                (view) => ({ ...view, root: null, expanded: [], opened: [], selection: null }),
                'push',
              ),
          },
          'Back to the overview',
        ),
      ),
    );
  };
  deps.store.subscribe((state, previous) => {
    if (state.graphStatus !== previous.graphStatus || state.view.root !== previous.view.root) render(state);
  });
  render(deps.store.get());
}
