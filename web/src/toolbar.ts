// The view's controls: graph or table, layered or force layout, depth, supply chain or neighbourhood, fit.
import type { AppState } from './app-state';
import { clear, h } from './dom';
import type { Explorer } from './explorer';
import type { NetworkRenderer } from './network-renderer';
import type { Store } from './store';
import { type LayoutName, MAX_DEPTH, type MainTab, MIN_DEPTH } from './view-state';

export interface ToolbarDeps {
  store: Store<AppState>;
  explorer: Explorer;
  renderer: NetworkRenderer;
}

function segmented<T extends string>(
  label: string,
  options: readonly (readonly [T, string])[],
  current: T,
  choose: (value: T) => void,
): HTMLElement {
  return h(
    'div',
    { className: 'segmented', role: 'group', 'aria-label': label },
    options.map(([value, text]) =>
      h('button', { type: 'button', 'aria-pressed': String(value === current), onclick: () => choose(value) }, text),
    ),
  );
}

export function setupToolbar(element: HTMLElement, deps: ToolbarDeps): void {
  const { store, explorer, renderer } = deps;
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', 'View');

  const render = (state: AppState) => {
    const { view, graph } = state;
    const root = graph.rootKey ? graph.nodes.get(graph.rootKey) : undefined;
    const isProvider = root?.roles.includes('INDIRECT_PROVIDER') ?? view.source === 'chain';
    const hasGraph = graph.nodes.size > 0;
    clear(
      element,
      segmented<MainTab>(
        'Show as',
        [
          ['graph', 'Graph'],
          ['table', 'Table'],
        ],
        view.tab,
        (tab) => explorer.changeView((v) => ({ ...v, tab })),
      ),
      segmented<LayoutName>(
        'Layout',
        [
          ['layered', 'Layered'],
          ['force', 'Force'],
        ],
        view.layout,
        (layout) => explorer.changeView((v) => ({ ...v, layout })),
      ),
      isProvider
        ? segmented(
            'Data',
            [
              ['chain', 'Supply chain'],
              ['network', 'Neighbourhood'],
            ] as const,
            view.source,
            (source) => explorer.changeView((v) => ({ ...v, source, expanded: [], opened: [] }), 'push'),
          )
        : null,
      view.source === 'network'
        ? h(
            'label',
            { className: 'inline-field' },
            'Depth ',
            h(
              'select',
              {
                'aria-label': 'Depth: relationships away from the root',
                onchange: (event: Event) => {
                  const depth = Number((event.target as HTMLSelectElement).value);
                  explorer.changeView((v) => ({ ...v, depth, expanded: [] }), 'push');
                },
              },
              Array.from({ length: MAX_DEPTH - MIN_DEPTH + 1 }, (_, i) => i + MIN_DEPTH).map((depth) =>
                h('option', { value: depth, selected: depth === view.depth }, depth),
              ),
            ),
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          disabled: !hasGraph,
          onclick: () => renderer.fit(),
          title: 'Fit the network into view (key 0)',
        },
        'Fit',
      ),
      view.layout === 'force'
        ? h('button', { type: 'button', disabled: !hasGraph, onclick: () => renderer.rearrange() }, 'Re-arrange')
        : null,
    );
  };

  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph) render(state);
  });
  render(store.get());
}
