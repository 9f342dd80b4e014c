// The findings list: filtered by the side panel, selecting a row shows its evidence on the graph, and a selected
// node marks the findings that concern it.
import type { Finding } from './api-shapes';
import type { AppState } from './app-state';
import { clear, h } from './dom';
import { formatCount, severityWord } from './entity-words';
import type { Explorer } from './explorer';
import { entityKey } from './graph-data';
import type { Store } from './store';

export interface FindingsTableDeps {
  store: Store<AppState>;
  explorer: Explorer;
}

export function severityTag(severity: Finding['severity']): HTMLElement {
  return h('span', { className: `sev sev-${severity.toLowerCase()}` }, severityWord(severity));
}

export function setupFindingsTable(element: HTMLElement, deps: FindingsTableDeps): void {
  const { store, explorer } = deps;
  const note = h('p', { className: 'hint findings-note', 'aria-live': 'polite' });
  const body = h('div', { className: 'findings-body' });
  clear(element, note, body);

  body.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (!target.matches('button.finding-message')) return;
    const buttons = [...body.querySelectorAll<HTMLButtonElement>('button.finding-message')];
    const next = buttons[buttons.indexOf(target as HTMLButtonElement) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  const render = (state: AppState) => {
    const { findings, view, drawing } = state;
    const count = findings.status.state === 'ready' ? `${formatCount(findings.totalCount)} findings. ` : '';
    note.textContent = `${count}${findings.note ?? ''}`;
    if (!state.principal) {
      clear(body, h('p', { className: 'empty' }, 'Sign in to see the findings.'));
      return;
    }
    if ((findings.status.state === 'loading' || findings.status.state === 'idle') && findings.list.length === 0) {
      clear(
        body,
        h(
          'p',
          { className: 'loading' },
          findings.status.state === 'loading' ? findings.status.message : 'Loading findings…',
        ),
      );
      return;
    }
    if (findings.status.state === 'error') {
      clear(
        body,
        h('p', { className: 'error', role: 'alert' }, `The findings could not be loaded: ${findings.status.message}`),
      );
      return;
    }
    if (findings.list.length === 0) {
      const filtered = Object.values(view.filters).some((value) => (Array.isArray(value) ? value.length > 0 : value));
      clear(
        body,
        h(
          'p',
          { className: 'empty' },
          filtered
            ? 'No finding matches these filters.'
            : 'No open findings. If no scan has run yet, run one (./csp scan) to check the graph against the rules.',
        ),
      );
      return;
    }
    const selectedFinding = view.selection?.type === 'finding' ? view.selection.key : null;
    const selectedNode = view.selection?.type === 'node' ? view.selection.key : null;
    const related = new Set((selectedNode ? drawing.findingsByEntity.get(selectedNode) : undefined)?.map((f) => f.key));
    const drawn = new Set(drawing.visible.nodes.map((node) => node.key));
    const rows = findings.list.map((finding) => {
      const inView = finding.entities.some((entity) => drawn.has(entityKey(entity.kind, entity.id)));
      const classes = [
        finding.key === selectedFinding ? 'selected' : '',
        related.has(finding.key) ? 'related' : '',
      ].join(' ');
      return h(
        'tr',
        { className: classes, 'aria-selected': String(finding.key === selectedFinding), 'data-key': finding.key },
        h('td', {}, severityTag(finding.severity)),
        h('td', { className: 'rule-cell', title: finding.rule?.clause ?? '' }, finding.title),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'finding-message link',
              onclick: () =>
                explorer.select(finding.key === selectedFinding ? null : { type: 'finding', key: finding.key }),
            },
            finding.message,
          ),
        ),
        h('td', {}, finding.region ?? '—'),
        h(
          'td',
          { className: 'in-view' },
          inView ? h('span', { title: 'Its evidence is in the network view' }, '●') : '',
        ),
      );
    });
    clear(
      body,
      h(
        'table',
        { className: 'data-table findings-table', 'aria-labelledby': 'findings-title' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Severity', 'Rule', 'Finding', 'Region', h('span', { title: 'in this view' }, 'In view')].map((title) =>
              h('th', { scope: 'col' }, title),
            ),
          ),
        ),
        h('tbody', {}, rows),
      ),
      findings.hasNextPage
        ? h(
            'button',
            { type: 'button', onclick: () => void explorer.loadMoreFindings() },
            `Load more (${formatCount(findings.list.length)} of ${formatCount(findings.totalCount)} shown)`,
          )
        : null,
    );
  };

  store.subscribe((state, previous) => {
    if (
      state.findings !== previous.findings ||
      state.view.selection !== previous.view.selection ||
      state.drawing !== previous.drawing
    ) {
      const focusedKey = (document.activeElement?.closest('tr') as HTMLElement | null)?.dataset.key;
      const inside = element.contains(document.activeElement);
      render(state);
      if (inside && focusedKey)
        body.querySelector<HTMLButtonElement>(`tr[data-key="${CSS.escape(focusedKey)}"] button`)?.focus();
      if (state.view.selection !== previous.view.selection)
        body.querySelector('tr.selected, tr.related')?.scrollIntoView({ block: 'nearest' });
    }
  });
  render(store.get());
}
