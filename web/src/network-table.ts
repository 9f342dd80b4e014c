// The network as tables, the keyboard's way in: every drawn entity and relationship, selectable and expandable.
import type { AppState } from './app-state';
import { clear, h } from './dom';
import { entityNoun, formatCount, primaryRole, relationWord, roleWords } from './entity-words';
import type { Explorer } from './explorer';
import { activateNode } from './network-view';
import type { Store } from './store';
import { tierOf } from './tiered-layout';

export interface NetworkTableDeps {
  store: Store<AppState>;
  explorer: Explorer;
}

/** Rows shown at first; more on request, so a 10,000-entity view stays quick. */
const PAGE_ROWS = 200;

export function setupNetworkTable(element: HTMLElement, deps: NetworkTableDeps): void {
  const { store, explorer } = deps;
  let shownRows = PAGE_ROWS;

  // Up and down move between the rows' first buttons, like a list.
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (!target.matches('button.row-name')) return;
    const buttons = [...element.querySelectorAll<HTMLButtonElement>('button.row-name')];
    const next = buttons[buttons.indexOf(target as HTMLButtonElement) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  const render = (state: AppState) => {
    const { visible } = state.drawing;
    const selected = state.view.selection?.type === 'node' ? state.view.selection.key : null;
    const flags = new Map(
      state.drawing.elements
        .filter((e) => e.group === 'nodes')
        .map((e) => [
          e.data.id as string,
          { count: e.data.findings as number, classes: (e.classes as string[]) ?? [] },
        ]),
    );
    const degree = new Map<string, number>();
    for (const edge of visible.edges) {
      degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
      degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    }
    const nodes = [...visible.nodes].sort(
      (a, b) =>
        Number(b.key === visible.rootKey) - Number(a.key === visible.rootKey) ||
        tierOf(a.kind, a.roles) - tierOf(b.kind, b.roles) ||
        a.name.localeCompare(b.name),
    );
    const names = new Map(visible.nodes.map((node) => [node.key, node.name]));
    for (const aggregate of visible.aggregates) names.set(aggregate.key, aggregate.label);

    const nodeRows = nodes.slice(0, shownRows).map((node) => {
      const flag = flags.get(node.key);
      const severity = flag?.classes.find((c) => c.startsWith('sev-'))?.slice(4);
      const expanded = state.view.expanded.includes(node.key);
      return h(
        'tr',
        {
          className: node.key === selected ? 'selected' : '',
          'aria-selected': String(node.key === selected),
          'data-key': node.key,
        },
        h(
          'th',
          { scope: 'row' },
          h(
            'button',
            {
              type: 'button',
              className: 'row-name link',
              onclick: () => explorer.select({ type: 'node', key: node.key }),
            },
            node.name,
          ),
          node.key === visible.rootKey ? h('span', { className: 'tag' }, 'root') : null,
        ),
        h(
          'td',
          {},
          node.kind === 'PARTNER' && node.roles.length > 0
            ? roleWords(node.roles)
            : entityNoun(node.kind, primaryRole(node.roles)),
        ),
        h('td', {}, node.region ?? '—'),
        h('td', {}, node.country ?? '—'),
        h(
          'td',
          { className: 'n' },
          flag && flag.count > 0
            ? h('span', { className: `sev-text sev-${severity}` }, `${flag.count} (${severity})`)
            : '0',
        ),
        h('td', { className: 'n' }, degree.get(node.key) ?? 0),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'small',
              onclick: () => activateNode(explorer, store.get(), node.key),
              'aria-label': `${expanded ? 'Collapse' : 'Expand'} ${node.name}`,
            },
            expanded ? 'Collapse' : 'Expand',
          ),
        ),
      );
    });
    const groupRows = visible.aggregates.map((aggregate) =>
      h(
        'tr',
        { className: aggregate.key === selected ? 'selected' : '', 'data-key': aggregate.key },
        h(
          'th',
          { scope: 'row' },
          h(
            'button',
            {
              type: 'button',
              className: 'row-name link',
              onclick: () => explorer.select({ type: 'node', key: aggregate.key }),
            },
            aggregate.label,
          ),
        ),
        h('td', {}, `group of ${entityNoun(aggregate.kind, aggregate.role, 2)}`),
        h('td', {}, '—'),
        h('td', {}, '—'),
        h('td', { className: 'n' }, '—'),
        h('td', { className: 'n' }, 1),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'small',
              onclick: () => void explorer.openGroup(aggregate.key),
              'aria-label': `Open ${aggregate.label}`,
            },
            'Open',
          ),
        ),
      ),
    );
    const edgeRows = visible.edges
      .slice(0, shownRows)
      .map((edge) =>
        h(
          'tr',
          {},
          h('td', {}, names.get(edge.source) ?? edge.source),
          h('td', {}, relationWord(edge.type)),
          h('td', {}, names.get(edge.target) ?? edge.target),
          h('td', {}, edge.since ?? ''),
          h('td', {}, edge.until ?? ''),
          h('td', {}, edge.active ? 'yes' : 'no'),
        ),
      );
    const more = nodes.length > shownRows || visible.edges.length > shownRows;
    clear(
      element,
      h(
        'table',
        { className: 'data-table' },
        h(
          'caption',
          {},
          `Entities (${formatCount(nodes.length)}${visible.aggregates.length ? `, and ${formatCount(visible.aggregates.length)} groups` : ''})`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Name', 'Kind', 'Region', 'Country', 'Open findings', 'Links', ''].map((title) =>
              h('th', { scope: 'col' }, title),
            ),
          ),
        ),
        h('tbody', {}, nodeRows, groupRows),
      ),
      h(
        'table',
        { className: 'data-table' },
        h('caption', {}, `Relationships (${formatCount(visible.edges.length)})`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['From', 'Relationship', 'To', 'Since', 'Until', 'Active'].map((title) => h('th', { scope: 'col' }, title)),
          ),
        ),
        h('tbody', {}, edgeRows),
      ),
      more
        ? h(
            'button',
            {
              type: 'button',
              onclick: () => {
                shownRows += PAGE_ROWS;
                render(store.get());
              },
            },
            `Show ${PAGE_ROWS} more rows`,
          )
        : null,
    );
  };

  store.subscribe((state, previous) => {
    if (state.view.tab !== 'table') return;
    if (
      state.drawing !== previous.drawing ||
      state.view.selection !== previous.view.selection ||
      state.view.tab !== previous.view.tab ||
      state.view.expanded !== previous.view.expanded
    ) {
      const focusedKey = (document.activeElement?.closest('tr') as HTMLElement | null)?.dataset.key;
      render(state);
      if (focusedKey)
        element.querySelector<HTMLButtonElement>(`tr[data-key="${CSS.escape(focusedKey)}"] button.row-name`)?.focus();
      element.querySelector('tr.selected')?.scrollIntoView({ block: 'nearest' });
    }
  });
  if (store.get().view.tab === 'table') render(store.get());
}
