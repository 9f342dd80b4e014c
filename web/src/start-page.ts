// The empty state: what the explorer does, and a way in — the indirect providers, or a search.
import type { Api } from './api';
import type { AppState } from './app-state';
import { clear, h } from './dom';
import type { Explorer } from './explorer';
import type { Store } from './store';
import { markOf } from './visual-vocabulary';

export interface StartDeps {
  store: Store<AppState>;
  api: Pick<Api, 'providers'>;
  explorer: Explorer;
}

export function setupStartPage(element: HTMLElement, deps: StartDeps): void {
  const list = h('ul', { className: 'provider-list' });
  const intro = h(
    'div',
    { className: 'start-intro' },
    h('h2', {}, 'Explore who sells what to whom'),
    h(
      'p',
      {},
      'Search a partner by name or PartnerID, a customer, or a tenant by its id, or start from a distributor below. ',
      'Flagged entities carry findings of the compliance rules; select one to see the clause it breaks and how to fix it.',
    ),
    h('h3', {}, 'Indirect providers'),
    list,
  );
  clear(element, intro);

  let loaded = false;
  const load = async () => {
    loaded = true;
    clear(list, h('li', { className: 'loading' }, 'Loading…'));
    try {
      const providers = await deps.api.providers();
      if (providers.length === 0) {
        clear(
          list,
          h(
            'li',
            { className: 'empty' },
            'No indirect provider is in the graph yet. Import data with ./csp import FILE.',
          ),
        );
        return;
      }
      clear(
        list,
        providers.map((provider) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: `provider mark-${markOf(provider.kind, provider.roles)}`,
                onclick: () => deps.explorer.openRoot(provider, provider.roles),
              },
              h('span', { className: 'provider-name' }, provider.name),
              h('span', { className: 'provider-detail' }, provider.detail ?? ''),
            ),
          ),
        ),
      );
    } catch (error) {
      loaded = false;
      clear(
        list,
        h(
          'li',
          { className: 'error' },
          `The providers could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
  };

  const show = (state: AppState) => {
    element.hidden = state.view.root !== null;
    if (!element.hidden && state.principal && !loaded) void load();
  };
  deps.store.subscribe((state, previous) => {
    if (state.view.root !== previous.view.root || state.principal !== previous.principal) show(state);
  });
  show(deps.store.get());
}
